import { createHash } from 'node:crypto';
import type { PrivateKey } from 'openpgp';
import { z } from 'zod';
import { signDetached } from '../registry/openpgp-signature.js';

/** `sha256:<hex>` of bytes (envelope digests, payload digests). */
export function sha256Of(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** `nrm.receipt` v1 as carried in acknowledgements and acceptance answers (http-contract.md). */
export const Receipt = z.strictObject({
  type: z.literal('nrm.receipt'),
  version: z.literal(1),
  messageId: z.string().min(1).max(64),
  envelopeDigest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  by: z.string().min(1).max(128),
  status: z.enum(['accepted', 'acknowledged']),
  at: z.iso.datetime({ offset: true }),
});
export type Receipt = z.infer<typeof Receipt>;

/** A receipt's exact bytes and the detached signature over them. */
export interface SignedReceipt {
  bytes: Uint8Array;
  signature: string;
}

/** The gateway's acceptance receipt: proof for the sender that the gateway took the message. */
export async function signAcceptance(
  messageId: string,
  envelopeDigest: string,
  at: Date,
  gatewayKey: PrivateKey,
): Promise<SignedReceipt> {
  const receipt: Receipt = {
    type: 'nrm.receipt',
    version: 1,
    messageId,
    envelopeDigest,
    by: 'gateway',
    status: 'accepted',
    at: at.toISOString(),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(receipt));
  return { bytes, signature: await signDetached(bytes, gatewayKey, at) };
}

/** Receipts are a few hundred bytes; anything near this is not one. */
export const MAX_RECEIPT_BYTES = 16 * 1024;
