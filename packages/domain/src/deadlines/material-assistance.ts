import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';

/**
 * Months of material assistance still available in a calendar year: up to
 * `materialAssistanceMonthsPerYear` (Serbia: 10) for eligible persons (DOMAIN.md "Rights,
 * periods and deadlines"). `monthsPaidThisYear` counts months already paid in that year.
 */
export function materialAssistanceMonthsLeft(
  monthsPaidThisYear: number,
  profile: Pick<JurisdictionProfile, 'materialAssistanceMonthsPerYear'>,
): number {
  return Math.max(
    0,
    profile.materialAssistanceMonthsPerYear - Math.max(0, Math.floor(monthsPaidThisYear)),
  );
}
