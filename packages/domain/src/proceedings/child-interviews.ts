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
 * Interviews in criminal proceedings still allowed under the profile's limit (Serbia: at
 * most two, Law on Juvenile Offenders, seed L2456-2459; rule CHILD_MAX_TWO_INTERVIEWS). Zero
 * means no further interview may be scheduled; undefined means the profile sets no limit.
 */
export function childInterviewsRemaining(
  notices: readonly ProceedingsNotice[],
  subject: string,
  profile: Pick<JurisdictionProfile, 'childProceedingsMaxInterviews'>,
): number | undefined {
  const max = profile.childProceedingsMaxInterviews;
  return max === undefined ? undefined : Math.max(0, max - childInterviewCount(notices, subject));
}
