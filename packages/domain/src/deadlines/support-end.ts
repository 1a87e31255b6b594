import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { addDays } from '../time.js';

/**
 * When support that continues after a positive conclusive decision ends (UK: 45 days of
 * move-on support after a positive conclusive-grounds decision, statutory guidance).
 * Undefined where the profile has no such period (Serbia).
 */
export function supportEndsAt(
  positiveConclusiveDecisionAt: string,
  profile: Pick<JurisdictionProfile, 'supportAfterConclusiveDecisionDays'>,
): string | undefined {
  return profile.supportAfterConclusiveDecisionDays === undefined
    ? undefined
    : addDays(positiveConclusiveDecisionAt, profile.supportAfterConclusiveDecisionDays);
}
