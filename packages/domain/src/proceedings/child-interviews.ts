import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import type { ProceedingsNotice } from './proceedings-notice.js';

/** How many times the child has been interviewed in proceedings, from the notices received. */
export function childInterviewCount(
  notices: readonly ProceedingsNotice[],
  subject: string,
): number {
  return notices.filter((n) => n.kind === 'child-interview' && n.subject === subject).length;
}

/**
 * Interviews still allowed under the profile's limit (Serbia: at most two; DOMAIN.md
 * "Children"). Zero means no further interview may be scheduled.
 */
export function childInterviewsRemaining(
  notices: readonly ProceedingsNotice[],
  subject: string,
  profile: Pick<JurisdictionProfile, 'childMaxInterviews'>,
): number {
  return Math.max(0, profile.childMaxInterviews - childInterviewCount(notices, subject));
}
