import type { ProceedingsNoticeV1 } from './v1.js';
import type { ProceedingsNoticeV2 } from './v2.js';

/**
 * Upgrades a v1 notice to v2. v2 only adds the `crime-report` kind, so every v1 notice is
 * already a v2 notice; a v1 non-punishment notice stays one (a crime report is never
 * inferred from it: a raised non-punishment principle is not a report of a crime).
 */
export function upgradeProceedingsNoticeV1ToV2(v1: ProceedingsNoticeV1): ProceedingsNoticeV2 {
  return v1;
}
