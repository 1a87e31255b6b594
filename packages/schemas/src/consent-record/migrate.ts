import type { ConsentRecordV1 } from './v1.js';
import type { ConsentRecordV2 } from './v2.js';

/**
 * Upgrades a v1 consent to v2 without widening it: v1 forms never asked whom else the person
 * lets disclose, so only the controller that obtained the consent may rely on it.
 */
export function upgradeConsentRecordV1ToV2(v1: ConsentRecordV1): ConsentRecordV2 {
  return { ...v1, disclosers: [] };
}
