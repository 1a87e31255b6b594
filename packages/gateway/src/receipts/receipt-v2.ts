import { ReceiptV2 } from '@nrm/schemas';
import { readSignedJson, zodSchemaError } from '@nrm/client/errors';
import { signDetached } from '../registry/openpgp-signature.js';
import type { LogProof } from '../transparency/gateway-log.js';
import type { LogLeaf } from '@nrm/client/transparency';
import type { GatewayContext } from '../context/gateway-context.js';
import { MAX_RECEIPT_BYTES, Receipt, type SignedReceipt } from './receipt.js';

export type ReceiptV2Fields = Omit<ReceiptV2, 'type' | 'version' | 'by' | 'log'>;

/**
 * Sign a gateway receipt v2 that carries the log proof: the checkpoint covering the log
 * entries about the message that `about` selects, and their inclusion proofs. A receipt is
 * signed only once those entries are committed, so the proof always verifies.
 */
export async function signGatewayReceipt(
  ctx: GatewayContext,
  fields: ReceiptV2Fields,
  about: (leaf: LogLeaf) => boolean,
): Promise<SignedReceipt> {
  const log: LogProof = await ctx.log.proofOf(fields.messageId, about);
  const receipt: ReceiptV2 = {
    type: 'nrm.receipt',
    version: 2,
    messageId: fields.messageId,
    envelopeDigest: fields.envelopeDigest,
    by: 'gateway',
    status: fields.status,
    ...(fields.recipient === undefined ? {} : { recipient: fields.recipient }),
    ...(fields.rejection === undefined ? {} : { rejection: fields.rejection }),
    at: fields.at,
    ...(log.entries.length === 0 ? {} : { log }),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(ReceiptV2.parse(receipt)));
  return {
    bytes,
    signature: await signDetached(bytes, ctx.gatewayKey.privateKey, new Date(fields.at)),
  };
}

/** A receipt as a recipient sends it: v1 (acknowledgements) or v2 (also rejections). */
export type RecipientReceipt = Receipt | ReceiptV2;

/** Parse a recipient's receipt bytes, v1 or v2 (signature checked by the caller). */
export function parseRecipientReceipt(bytes: Uint8Array): RecipientReceipt {
  const data = readSignedJson(bytes, 'receipt', MAX_RECEIPT_BYTES);
  const version = (data as { version?: unknown } | null)?.version;
  const parsed = version === 2 ? ReceiptV2.safeParse(data) : Receipt.safeParse(data);
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'receipt');
  }
  return parsed.data;
}
