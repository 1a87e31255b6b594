import { ReceiptV1, ReceiptV2, upgradeReceiptV1ToV2 } from '@nrm/schemas';
import { z } from 'zod';
import { sha256Digest } from '../crypto/index.js';
import { readSignedJson, zodSchemaError } from '../errors/schema-error.js';

/**
 * `nrm.receipt` v1 as the HTTP contract defines it: who confirms which exact envelope bytes,
 * with what status, when. Signed detached + armored like an envelope (ADR 0002).
 */
export const Receipt = z.strictObject({
  type: z.literal('nrm.receipt'),
  version: z.literal(1),
  messageId: z.string().uuid(),
  envelopeDigest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  by: z.string().min(1),
  status: z.enum(['accepted', 'acknowledged']),
  at: z.iso.datetime({ offset: true }),
});
export type Receipt = z.infer<typeof Receipt>;

const encoder = new TextEncoder();

/** The receipt a recipient signs to acknowledge the envelope bytes it received. */
export function acknowledgementReceipt(
  messageId: string,
  envelopeBytes: Uint8Array,
  by: string,
  at: Date,
): Receipt {
  return {
    type: 'nrm.receipt',
    version: 1,
    messageId,
    envelopeDigest: sha256Digest(envelopeBytes),
    by,
    status: 'acknowledged',
    at: at.toISOString(),
  };
}

/** Receipt bytes as signed. */
export function encodeReceipt(receipt: Receipt): Uint8Array {
  return encoder.encode(JSON.stringify(receipt));
}

/** Parse receipt bytes; anything else is SCHEMA_INVALID at `receipt…`. */
export function decodeReceipt(bytes: Uint8Array): Receipt {
  const json = readSignedJson(bytes, 'receipt');
  const parsed = Receipt.safeParse(json);
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'receipt');
  }
  return parsed.data;
}

/** Parse a gateway receipt, v1 (read as v2) or v2; anything else is SCHEMA_INVALID. */
export function decodeGatewayReceipt(bytes: Uint8Array): ReceiptV2 {
  const json = readSignedJson(bytes, 'receipt');
  if ((json as { version?: unknown } | null)?.version === 1) {
    const v1 = ReceiptV1.safeParse(json);
    if (!v1.success) {
      throw zodSchemaError(v1.error, 'receipt');
    }
    return upgradeReceiptV1ToV2(v1.data);
  }
  const v2 = ReceiptV2.safeParse(json);
  if (!v2.success) {
    throw zodSchemaError(v2.error, 'receipt');
  }
  return v2.data;
}

/** The receipt v2 a recipient signs to reject the envelope bytes it received, with the code. */
export function rejectionReceipt(
  messageId: string,
  envelopeBytes: Uint8Array,
  by: string,
  rejection: { code: string; reason: string },
  at: Date,
): ReceiptV2 {
  return {
    type: 'nrm.receipt',
    version: 2,
    messageId,
    envelopeDigest: sha256Digest(envelopeBytes),
    by,
    status: 'rejected',
    rejection: { code: rejection.code, reason: rejection.reason.slice(0, 1000) },
    at: at.toISOString(),
  };
}

/** Receipt v2 bytes as signed. */
export function encodeReceiptV2(receipt: ReceiptV2): Uint8Array {
  return encoder.encode(JSON.stringify(receipt));
}
