import { GatewayError } from '@nrm/client/errors';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { parseRecipientReceipt, signGatewayReceipt } from '../receipts/receipt-v2.js';
import { toBase64 } from '../store/bytes.js';
import { sweepDeliveries } from './delivery-sweep.js';
import { verifyRecipientSignature } from './recipient-signature.js';

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
  const swept = await sweepDeliveries(ctx.store, now);
  ctx.metrics.deliveries.inc({ outcome: 'withheld' }, swept.withheld);
  ctx.metrics.deliveries.inc({ outcome: 'expired' }, swept.expired);
  const rows = await ctx.store.deliveries.inbox(principal.agencyId, now.toISOString(), limit);
  const fresh = rows.filter((r) => r.status === 'accepted').map((r) => r.id);
  const handedOver = await ctx.store.deliveries.handOver(
    principal.agencyId,
    fresh,
    now.toISOString(),
  );
  if (handedOver > 0) {
    ctx.metrics.deliveries.inc({ outcome: 'delivered' }, handedOver);
  }
  return rows.map((r) => ({
    id: r.id,
    envelope: toBase64(r.envelope),
    envelopeSignature: r.envelopeSignature,
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
): Promise<AckAnswer> {
  requireScope(principal, 'receive');
  ctx.log.assertVerified();
  const now = ctx.clock.now();
  const row = await ctx.store.deliveries.ofRecipient(messageId, principal.agencyId);
  if (row === undefined) {
    throw new GatewayError('NOT_FOUND', { message: 'No such message for this recipient.' });
  }
  const receipt = parseRecipientReceipt(receiptBytes);
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
  if (receipt.envelopeDigest !== row.envelopeDigest) {
    throw new GatewayError('DIGEST_MISMATCH', {
      message: 'The receipt names other envelope bytes.',
      path: 'receipt.envelopeDigest',
    });
  }
  await verifyRecipientSignature(ctx, principal.agencyId, receiptBytes, receiptSignature);
  if (row.status === 'acknowledged') {
    return ackAnswer(ctx, messageId, principal.agencyId, row.envelopeDigest, now);
  }
  if (row.status !== 'delivered' && row.status !== 'accepted') {
    throw new GatewayError('FORBIDDEN', {
      message: `A ${row.status} message cannot be acknowledged.`,
    });
  }
  const changed = await ctx.store.deliveries.transition(
    'acknowledge',
    { messageId, recipient: principal.agencyId },
    now.toISOString(),
    {
      acknowledged_at: now.toISOString(),
      delivered_at: row.deliveredAt ?? now.toISOString(),
      receipt: receiptBytes,
      receipt_signature: receiptSignature,
      next_attempt_at: null,
    },
  );
  if (changed === 0) {
    // Acknowledged (or withheld) by a concurrent request since it was read: answer as now stored.
    return acknowledge(ctx, principal, messageId, receiptBytes, receiptSignature);
  }
  ctx.metrics.deliveries.inc({ outcome: 'acknowledged' });
  return ackAnswer(ctx, messageId, principal.agencyId, row.envelopeDigest, now);
}

/** The answer to an acknowledgement: the gateway's receipt v2 of it, with the log proof. */
export interface AckAnswer {
  id: string;
  recipient: string;
  status: 'acknowledged';
  receipt: { receipt: string; signature: string };
}

/**
 * The gateway's signed receipt of an acknowledgement, carrying the checkpoint and the
 * inclusion proof of the disclosure to this recipient (what was handed over, and on what basis).
 */
async function ackAnswer(
  ctx: GatewayContext,
  messageId: string,
  recipient: string,
  envelopeDigest: string,
  at: Date,
): Promise<AckAnswer> {
  const signed = await signGatewayReceipt(
    ctx,
    { messageId, envelopeDigest, status: 'acknowledged', recipient, at: at.toISOString() },
    (leaf) => leaf.kind === 'disclosure-allowed' && leaf.to === recipient,
  );
  return {
    id: messageId,
    recipient,
    status: 'acknowledged',
    receipt: { receipt: toBase64(signed.bytes), signature: signed.signature },
  };
}

export { requireScope };
