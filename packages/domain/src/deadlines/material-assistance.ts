import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';

/** The facts about a person the material-assistance limit depends on. */
export interface MaterialAssistanceBeneficiary {
  readonly citizenship: readonly string[];
  readonly capableOfWorking: boolean;
}

/**
 * Whether the profile's yearly limit on material assistance applies to this person. Serbia:
 * the allowance "may extend for a period of ten months in a calendar year for beneficiaries
 * who are capable of working and are citizens" (Law on Social Welfare, seed L1528-1531); the
 * report gives no limit for anyone else and calls the eligibility criteria restrictive
 * (L1531-1534), so nobody else is limited here.
 */
export function materialAssistanceLimitApplies(
  person: MaterialAssistanceBeneficiary,
  profile: Pick<JurisdictionProfile, 'country' | 'materialAssistance'>,
): boolean {
  const rule = profile.materialAssistance;
  return (
    rule !== undefined &&
    (!rule.citizensOnly || person.citizenship.includes(profile.country)) &&
    (!rule.capableOfWorkingOnly || person.capableOfWorking)
  );
}

/**
 * Months of material assistance still available in a calendar year under the profile's
 * limit (Serbia: 10), given the months already paid that year; undefined when no sourced
 * limit applies to this person.
 */
export function materialAssistanceMonthsLeft(
  monthsPaidThisYear: number,
  person: MaterialAssistanceBeneficiary,
  profile: Pick<JurisdictionProfile, 'country' | 'materialAssistance'>,
): number | undefined {
  const rule = profile.materialAssistance;
  if (rule === undefined || !materialAssistanceLimitApplies(person, profile)) {
    return undefined;
  }
  return Math.max(0, rule.monthsPerYear - Math.max(0, Math.floor(monthsPaidThisYear)));
}
