import { GatewayError } from '../errors/gateway-error.js';
import type { AgencyPrincipal } from '../registry/credentials.js';
import type { GatewayContext } from '../server/context.js';
import { appendLeaves } from '../transparency/gateway-log.js';
import { requireScope } from './inbox.js';
import type { RejectionCode } from './rejection-codes.js';

/** What the recipient says about the message it cannot accept. */
export interface Rejection {
  code: RejectionCode;
  /** Human explanation for the sender (the SDK sends its error message); never logged. */
  reason: string;
}

/** The answer to a rejection (also to a repeated one). */
export interface RejectionAnswer {
  id: string;
  recipient: string;
  status: 'rejected';
  code: string;
}

/**
 * The recipient refuses a message it received: the delivery becomes `rejected` (the sender
 * sees it and the code in the status; the inbox never serves it again), the transparency log
 * records `delivery-rejected` with the code in the same transaction, and the rejection is
 * counted. Repeating a rejection answers the first one. The reason is unsigned: the frozen
 * `nrm.receipt` v1 has no `rejected` status, and the bearer token already names the caller.
 */
export async function rejectDelivery(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  messageId: string,
  rejection: Rejection,
): Promise<RejectionAnswer> {
  requireScope(principal, 'receive');
  const at = ctx.clock.now();
  const now = at.toISOString();
  const answer = await ctx.db.transaction().execute(async (trx) => {
    const message = await trx
      .selectFrom('messages')
      .select(['id', 'subject'])
      .where('id', '=', messageId)
      .executeTakeFirst();
    const row =
      message === undefined
        ? undefined
        : await trx
            .selectFrom('deliveries')
            .select(['status', 'rejection_code'])
            .where('message_id', '=', messageId)
            .where('recipient', '=', principal.agencyId)
            .executeTakeFirst();
    if (message === undefined || row === undefined) {
      // Another agency's message answers like an unknown id: an id reveals nothing.
      throw new GatewayError('NOT_FOUND', { message: 'No such message for this recipient.' });
    }
    const answered = { id: messageId, recipient: principal.agencyId, status: 'rejected' as const };
    if (row.status === 'rejected') {
      return { ...answered, code: row.rejection_code ?? rejection.code, fresh: false };
    }
    if (row.status === 'acknowledged') {
      throw new GatewayError('ALREADY_ACKNOWLEDGED');
    }
    if (row.status !== 'accepted' && row.status !== 'delivered') {
      throw new GatewayError('FORBIDDEN', {
        message: `A ${row.status} message cannot be rejected.`,
      });
    }
    await trx
      .updateTable('deliveries')
      .set({
        status: 'rejected',
        status_reason: rejection.reason,
        rejection_code: rejection.code,
        rejected_at: now,
        next_attempt_at: null,
        updated_at: now,
      })
      .where('message_id', '=', messageId)
      .where('recipient', '=', principal.agencyId)
      .execute();
    await appendLeaves(
      trx,
      [
        {
          kind: 'delivery-rejected',
          at: now,
          messageId,
          subject: message.subject,
          to: principal.agencyId,
          reason: rejection.code,
        },
      ],
      at,
    );
    return { ...answered, code: rejection.code, fresh: true };
  });
  const { fresh, ...result } = answer;
  if (fresh) {
    ctx.metrics.deliveries.inc({ outcome: 'rejected' });
    ctx.metrics.rejections.inc({ code: result.code });
  }
  return result;
}
