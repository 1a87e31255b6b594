import type { AgeInformation } from '../person/subject.js';
import { isTreatedAsChild } from '../person/child-status.js';
import { violation, warning, type RuleCheck, type RuleWarning } from '../result.js';
import { currentGuardian, type GuardianAppointment } from './guardian-appointment.js';

/**
 * Caseload of one guardian foreseen by the child protection minimum standards; the report
 * found temporary guardians with over 60 children (seed L178-180).
 */
export const GUARDIAN_CASELOAD_STANDARD = 25;

/**
 * GUARDIAN_REQUIRED — "where the victim is an unaccompanied child, the law requires the
 * appointment of a legal guardian" (seed L1285-1287); the CSW exercises guardianship
 * (L175-177) and takes part in the child's identification (L1938-1940). At `at`, an
 * unaccompanied child or presumed child has a guardian in office, or the violation names it.
 */
export function guardianRequired(input: {
  readonly child: string;
  readonly age: AgeInformation;
  readonly unaccompanied: boolean;
  readonly appointments: readonly GuardianAppointment[];
  readonly at: string;
}): RuleCheck {
  if (!input.unaccompanied || !isTreatedAsChild(input.age, input.at)) {
    return [];
  }
  return currentGuardian(input.appointments, input.child, input.at) === undefined
    ? [
        violation(
          'GUARDIAN_REQUIRED',
          'an unaccompanied child needs a guardian appointed by the CSW',
          ['appointments'],
        ),
      ]
    : [];
}

/**
 * A guardian with more children than the minimum standard foresees (25, seed L178-180).
 * A standard that practice does not meet, so a warning for the CSW, never a bar on the
 * appointment: a child with an overloaded guardian is better off than one with none.
 */
export function guardianCaseloadWarnings(
  guardianRef: string,
  appointments: readonly GuardianAppointment[],
  at: string,
  standard: number = GUARDIAN_CASELOAD_STANDARD,
): readonly RuleWarning[] {
  const children = new Set(
    appointments
      .filter((a) => a.guardian.ref === guardianRef)
      .filter((a) => currentGuardian(appointments, a.child, at) === a)
      .map((a) => a.child),
  );
  return children.size > standard
    ? [
        warning(
          'GUARDIAN_CASELOAD_ABOVE_STANDARD',
          `guardian ${guardianRef} is in office for ${children.size} children; the minimum standard foresees ${standard}`,
          ['guardian', 'ref'],
        ),
      ]
    : [];
}
