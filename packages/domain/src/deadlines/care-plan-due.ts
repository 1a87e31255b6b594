import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { addDays } from '../time.js';

/**
 * When the care plan is due: `carePlanDueDays` after the plan of immediate assistance was
 * completed (Serbia: two weeks, seed L1432-1434; rule CARE_PLAN_DUE). Undefined where the
 * profile has no sourced deadline (UK).
 */
export function carePlanDueAt(
  immediatePlanCompletedAt: string,
  profile: Pick<JurisdictionProfile, 'carePlanDueDays'>,
): string | undefined {
  return profile.carePlanDueDays === undefined
    ? undefined
    : addDays(immediatePlanCompletedAt, profile.carePlanDueDays);
}
