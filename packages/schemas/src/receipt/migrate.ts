import type { ReceiptV1 } from './v1.js';
import type { ReceiptV2 } from './v2.js';

/** A v1 receipt reads as v2 unchanged: it predates rejections and log proofs, so has neither. */
export function upgradeReceiptV1ToV2(v1: ReceiptV1): ReceiptV2 {
  return { ...v1, version: 2 };
}
