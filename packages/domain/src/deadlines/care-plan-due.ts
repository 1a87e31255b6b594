import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { addDays } from '../time.js';

/**
 * When the care plan is due: `carePlanDueDays` after the plan of immediate assistance was
 * completed (Serbia: 2 weeks; DOMAIN.md "Rights, periods and deadlines"; rule CARE_PLAN_DUE).
 */
export function carePlanDueAt(
  immediatePlanCompletedAt: string,
  profile: Pick<JurisdictionProfile, 'carePlanDueDays'>,
): string {
  return addDays(immediatePlanCompletedAt, profile.carePlanDueDays);
}
