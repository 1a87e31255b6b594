import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { addDays } from '../time.js';

/**
 * The earliest instant the conclusive (status-granting) decision may be issued, counted
 * from the referral: the UK's conclusive-grounds decision waits `notBeforeDays` (the end of
 * the recovery period); Serbia's single identification decision may come at once.
 */
export function earliestConclusiveDecisionAt(
  referredAt: string,
  profile: Pick<JurisdictionProfile, 'decisionStages'>,
): string {
  const conclusive =
    profile.decisionStages.find((s) => s.conclusive) ??
    profile.decisionStages[profile.decisionStages.length - 1];
  return addDays(referredAt, conclusive?.notBeforeDays ?? 0);
}
