import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { addDays } from '../time.js';
import { stageClockStart, type StageClock } from './stage-clock.js';

/**
 * The earliest instant the conclusive (status-granting) decision may be issued: the UK's
 * conclusive-grounds decision waits `notBeforeDays` from the positive reasonable-grounds
 * decision (the end of the recovery period that decision starts); Serbia's single
 * identification decision may come at once. Undefined while the instant it counts from is
 * not known yet.
 */
export function earliestConclusiveDecisionAt(
  clock: StageClock,
  profile: Pick<JurisdictionProfile, 'decisionStages'>,
): string | undefined {
  const conclusive =
    profile.decisionStages.find((s) => s.conclusive) ??
    profile.decisionStages[profile.decisionStages.length - 1];
  if (conclusive === undefined) {
    return undefined;
  }
  const start = stageClockStart(clock, conclusive);
  return start === undefined ? undefined : addDays(start, conclusive.notBeforeDays ?? 0);
}
