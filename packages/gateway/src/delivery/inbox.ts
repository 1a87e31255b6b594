import { GatewayError } from '../errors/gateway-error.js';
import { keyState, listKeys } from '../registry/agency-keys.js';
import type { AgencyPrincipal } from '../registry/credentials.js';
import { verifyDetachedSignature } from '../registry/openpgp-signature.js';
import type { GatewayContext } from '../server/context.js';
import { parseReceipt } from '../server/receipt.js';
import { toBase64 } from '../storage/bytes.js';
import { sweepDeliveries } from './delivery-sweep.js';

/** One message as handed to a recipient (inbox pull and webhook push alike). */
export interface DeliveredMessage {
  id: string;
  envelope: string;
  envelopeSignature: string;
  payload: string;
}

function requireScope(principal: AgencyPrincipal, scope: 'send' | 'receive'): void {
  if (!principal.scopes.includes(scope)) {
    throw new GatewayError('FORBIDDEN', { message: `This credential lacks the ${scope} scope.` });
  }
}

/**
 * Pull: messages for the caller that are not yet acknowledged, oldest first. Consent and
 * expiry are re-checked first; what is handed out becomes `delivered` and stays in the inbox
 * until acknowledged (a crash between pull and ack loses nothing).
 */
export async function pullInbox(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  limit: number,
): Promise<DeliveredMessage[]> {
  requireScope(principal, 'receive');
  const now = ctx.clock.now();
  const swept = await sweepDeliveries(ctx.db, now);
  ctx.metrics.deliveries.inc({ outcome: 'withheld' }, swept.withheld);
  ctx.metrics.deliveries.inc({ outcome: 'expired' }, swept.expired);
  const rows = await ctx.db
    .selectFrom('deliveries')
    .innerJoin('messages', 'messages.id', 'deliveries.message_id')
    .select([
      'messages.id',
      'messages.envelope',
      'messages.envelope_signature',
      'messages.payload',
      'deliveries.status',
    ])
    .where('deliveries.recipient', '=', principal.agencyId)
    .where('deliveries.status', 'in', ['accepted', 'delivered'])
    .where('messages.expires_at', '>', now.toISOString())
    .orderBy('messages.accepted_at')
    .orderBy('messages.id')
    .limit(limit)
    .execute();
  const fresh = rows.filter((r) => r.status === 'accepted').map((r) => r.id);
  if (fresh.length > 0) {
    await ctx.db
      .updateTable('deliveries')
      .set({
        status: 'delivered',
        delivered_at: now.toISOString(),
        next_attempt_at: null,
        updated_at: now.toISOString(),
      })
      .where('recipient', '=', principal.agencyId)
      .where('message_id', 'in', fresh)
      .where('status', '=', 'accepted')
      .execute();
    ctx.metrics.deliveries.inc({ outcome: 'delivered' }, fresh.length);
  }
  return rows.map((r) => ({
    id: r.id,
    envelope: toBase64(r.envelope),
    envelopeSignature: r.envelope_signature,
    payload: toBase64(r.payload),
  }));
}

/**
 * Acknowledge with the recipient's signed receipt (non-repudiation of receipt). The receipt
 * must verify against one of the recipient's keys valid now and name this message, its
 * envelope digest and the recipient.
 */
export async function acknowledge(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  messageId: string,
  receiptBytes: Uint8Array,
  receiptSignature: string,
): Promise<{ id: string; recipient: string; status: 'acknowledged' }> {
  requireScope(principal, 'receive');
  const now = ctx.clock.now();
  const row = await ctx.db
    .selectFrom('deliveries')
    .innerJoin('messages', 'messages.id', 'deliveries.message_id')
    .select(['deliveries.status', 'deliveries.delivered_at', 'messages.envelope_digest'])
    .where('deliveries.message_id', '=', messageId)
    .where('deliveries.recipient', '=', principal.agencyId)
    .executeTakeFirst();
  if (row === undefined) {
    throw new GatewayError('NOT_FOUND', { message: 'No such message for this recipient.' });
  }
  const receipt = parseReceipt(receiptBytes);
  if (
    receipt.messageId !== messageId ||
    receipt.by !== principal.agencyId ||
    receipt.status !== 'acknowledged'
  ) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The receipt must acknowledge this message by this recipient.',
      path: 'receipt',
    });
  }
  if (receipt.envelopeDigest !== row.envelope_digest) {
    throw new GatewayError('DIGEST_MISMATCH', {
      message: 'The receipt names other envelope bytes.',
      path: 'receipt.envelopeDigest',
    });
  }
  const keys = (await listKeys(ctx.db, principal.agencyId)).filter(
    (k) => keyState(k, now) === 'valid',
  );
  let verified = false;
  let lastError: unknown = new GatewayError('KEY_UNKNOWN', {
    message: 'The recipient has no valid key.',
    path: 'receiptSignature',
  });
  for (const key of keys) {
    try {
      // Tolerate the recipient's clock running ahead by the replay window, as for envelopes.
      await verifyDetachedSignature(
        receiptBytes,
        receiptSignature,
        key.armoredPublicKey,
        new Date(now.getTime() + ctx.replayWindowMs),
        'receiptSignature',
      );
      verified = true;
      break;
    } catch (error) {
      lastError = error;
    }
  }
  if (!verified) {
    throw lastError;
  }
  if (row.status === 'acknowledged') {
    return { id: messageId, recipient: principal.agencyId, status: 'acknowledged' };
  }
  if (row.status !== 'delivered' && row.status !== 'accepted') {
    throw new GatewayError('FORBIDDEN', {
      message: `A ${row.status} message cannot be acknowledged.`,
    });
  }
  await ctx.db
    .updateTable('deliveries')
    .set({
      status: 'acknowledged',
      acknowledged_at: now.toISOString(),
      delivered_at: row.delivered_at ?? now.toISOString(),
      receipt: receiptBytes,
      receipt_signature: receiptSignature,
      next_attempt_at: null,
      updated_at: now.toISOString(),
    })
    .where('message_id', '=', messageId)
    .where('recipient', '=', principal.agencyId)
    .execute();
  ctx.metrics.deliveries.inc({ outcome: 'acknowledged' });
  return { id: messageId, recipient: principal.agencyId, status: 'acknowledged' };
}

export { requireScope };
