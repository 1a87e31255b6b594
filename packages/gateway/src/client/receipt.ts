import { z } from 'zod';
import { sha256Digest } from '../crypto/index.js';
import { readSignedJson } from '../errors/schema-error.js';
import { schemaError } from './envelope.js';

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
    throw schemaError(parsed.error, 'receipt');
  }
  return parsed.data;
}
