import { GatewayError } from '@nrm/client/errors';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { parseRecipientReceipt, signGatewayReceipt } from '../receipts/receipt-v2.js';
import { toBase64 } from '../store/bytes.js';
import { requireScope } from './inbox.js';
import { verifyRecipientSignature } from './recipient-signature.js';
import type { RejectionCode } from '@nrm/client/errors';

/** What the recipient says about the message it cannot accept. */
export interface Rejection {
  code: RejectionCode;
  /** Human explanation for the sender (the SDK sends its error message); never logged. */
  reason: string;
  /** The recipient's signed `nrm.receipt` v2 of status `rejected` stating this code. */
  signed?: { receipt: Uint8Array; signature: string };
}

/** The answer to a rejection (also to a repeated one). */
export interface RejectionAnswer {
  id: string;
  recipient: string;
  status: 'rejected';
  code: string;
  /** The gateway's receipt v2 of the rejection, with the log proof of `delivery-rejected`. */
  receipt: { receipt: string; signature: string };
}

/**
 * A recipient's signed rejection must state this message, this recipient and this code; the
 * envelope digest it names, compared with the stored one in the transaction.
 */
async function checkSignedRejection(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  messageId: string,
  rejection: Rejection,
): Promise<string | undefined> {
  if (rejection.signed === undefined) {
    return undefined;
  }
  const receipt = parseRecipientReceipt(rejection.signed.receipt);
  if (
    receipt.version !== 2 ||
    receipt.messageId !== messageId ||
    receipt.by !== principal.agencyId ||
    receipt.status !== 'rejected' ||
    receipt.rejection?.code !== rejection.code
  ) {
    throw new GatewayError('SCHEMA_INVALID', {
      message:
        'The signed rejection must be an nrm.receipt v2 rejecting this message by this recipient with the code given.',
      path: 'receipt',
    });
  }
  await verifyRecipientSignature(
    ctx,
    principal.agencyId,
    rejection.signed.receipt,
    rejection.signed.signature,
  );
  return receipt.envelopeDigest;
}

/**
 * The recipient refuses a message it received: the delivery becomes `rejected` (the sender
 * sees it and the code in the status; the inbox never serves it again), the transparency log
 * records `delivery-rejected` with the code in the same transaction, and the rejection is
 * counted. Repeating a rejection answers the first one. The recipient may sign its rejection
 * (`nrm.receipt` v2, status `rejected`); the gateway answers with its own receipt v2 carrying
 * the checkpoint and the inclusion proof of the `delivery-rejected` entry.
 */
export async function rejectDelivery(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  messageId: string,
  rejection: Rejection,
): Promise<RejectionAnswer> {
  requireScope(principal, 'receive');
  ctx.log.assertVerified();
  const signedDigest = await checkSignedRejection(ctx, principal, messageId, rejection);
  const at = ctx.clock.now();
  const now = at.toISOString();
  const answer = await ctx.store.transaction(async (tx) => {
    const read = async () => {
      const row = await tx.deliveries.ofRecipient(messageId, principal.agencyId);
      if (row === undefined) {
        // Another agency's message answers like an unknown id: an id reveals nothing.
        throw new GatewayError('NOT_FOUND', { message: 'No such message for this recipient.' });
      }
      const answered = {
        id: messageId,
        recipient: principal.agencyId,
        status: 'rejected' as const,
        envelopeDigest: row.envelopeDigest,
      };
      if (row.status === 'rejected') {
        return {
          row,
          earlier: { ...answered, code: row.rejectionCode ?? rejection.code, fresh: false },
        };
      }
      if (row.status === 'acknowledged') {
        throw new GatewayError('ALREADY_ACKNOWLEDGED');
      }
      if (signedDigest !== undefined && signedDigest !== row.envelopeDigest) {
        throw new GatewayError('DIGEST_MISMATCH', {
          message: 'The signed rejection names other envelope bytes.',
          path: 'receipt.envelopeDigest',
        });
      }
      if (row.status !== 'accepted' && row.status !== 'delivered') {
        throw new GatewayError('FORBIDDEN', {
          message: `A ${row.status} message cannot be rejected.`,
        });
      }
      return { row, answered };
    };
    const first = await read();
    if (first.earlier !== undefined) {
      return first.earlier;
    }
    const { row, answered } = first;
    const changed = await tx.deliveries.transition(
      'reject',
      { messageId, recipient: principal.agencyId },
      now,
      {
        status_reason: rejection.reason,
        rejection_code: rejection.code,
        rejected_at: now,
        next_attempt_at: null,
        // The recipient's own signed rejection, kept like an acknowledgement's receipt.
        ...(rejection.signed === undefined
          ? {}
          : { receipt: rejection.signed.receipt, receipt_signature: rejection.signed.signature }),
      },
    );
    if (changed === 0) {
      // A concurrent request changed it since it was read (another process rejected or
      // acknowledged it first): answer as that change stands now.
      const now = await read();
      if (now.earlier !== undefined) {
        return now.earlier;
      }
      throw new GatewayError('INTERNAL', { message: 'The delivery could not be rejected.' });
    }
    await tx.log.append(
      [
        {
          kind: 'delivery-rejected',
          at: now,
          messageId,
          subject: row.subject,
          to: principal.agencyId,
          reason: rejection.code,
        },
      ],
      at,
    );
    return { ...answered, code: rejection.code, fresh: true };
  });
  const { fresh, envelopeDigest, ...result } = answer;
  if (fresh) {
    ctx.metrics.deliveries.inc({ outcome: 'rejected' });
    ctx.metrics.rejections.inc({ code: result.code });
  }
  const signed = await signGatewayReceipt(
    ctx,
    {
      messageId,
      envelopeDigest,
      status: 'rejected',
      recipient: principal.agencyId,
      rejection: { code: result.code },
      at: now,
    },
    (leaf) => leaf.kind === 'delivery-rejected' && leaf.to === principal.agencyId,
  );
  return { ...result, receipt: { receipt: toBase64(signed.bytes), signature: signed.signature } };
}
