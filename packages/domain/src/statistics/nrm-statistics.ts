import type { CaseFile } from '../case/case-file.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { carePlansOnTime } from './care-plans-on-time.js';
import { childShare } from './child-share.js';
import { refusalsPrecededByConsultation } from './consultation-before-refusal.js';
import { recognition } from './recognition.js';
import { referralsByChannel } from './referrals-by-channel.js';
import { reviewOutcomes } from './reviews.js';
import type { StatisticsOptions } from './statistics-options.js';
import { timeToDecision } from './time-to-decision.js';

export interface NrmStatisticsOptions extends StatisticsOptions {
  readonly profile: JurisdictionProfile;
  /** The instant the figures are drawn up (decides which care plans are overdue). */
  readonly asOf: string;
}

/**
 * The public performance information the assessment asks for (DOMAIN.md "What the
 * assessment recommends"), every figure per year and overall, small cells suppressed.
 */
export function nrmStatistics(files: readonly CaseFile[], options: NrmStatisticsOptions) {
  return {
    k: options.k,
    referralsByChannel: referralsByChannel(files, options),
    recognition: recognition(files, options),
    timeToDecision: timeToDecision(files, options),
    refusalsPrecededByConsultation: refusalsPrecededByConsultation(files, options),
    reviewOutcomes: reviewOutcomes(files, options),
    childShare: childShare(files, options),
    carePlansOnTime: carePlansOnTime(files, options),
  };
}

export type NrmStatistics = ReturnType<typeof nrmStatistics>;
