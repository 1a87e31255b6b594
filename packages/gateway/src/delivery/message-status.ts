import { GatewayError } from '@nrm/client/errors';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { sweepDeliveries } from './delivery-sweep.js';

export interface RecipientStatus {
  agency: string;
  status: string;
  reason?: string;
  attempts: number;
  deliveredAt?: string;
  acknowledgedAt?: string;
  /** For a `rejected` delivery: the recipient's stable code (its reason is `reason`). */
  rejectionCode?: string;
  rejectedAt?: string;
}

export interface MessageStatus {
  id: string;
  type: string;
  from: string;
  createdAt: string;
  expiresAt: string;
  recipients: RecipientStatus[];
}

/**
 * Status per recipient. The sender sees every recipient (including withheld and rejected ones
 * and why);
 * a recipient sees only its own row; anyone else gets NOT_FOUND, so ids leak nothing.
 */
export async function messageStatus(
  ctx: GatewayContext,
  principal: AgencyPrincipal | 'admin',
  id: string,
): Promise<MessageStatus> {
  await sweepDeliveries(ctx.store, ctx.clock.now());
  const message = await ctx.store.messages.summary(id);
  if (message === undefined) {
    throw new GatewayError('NOT_FOUND');
  }
  const rows = await ctx.store.deliveries.ofMessage(
    id,
    principal !== 'admin' && principal.agencyId !== message.sender ? principal.agencyId : undefined,
  );
  if (rows.length === 0) {
    throw new GatewayError('NOT_FOUND');
  }
  return {
    id: message.id,
    type: message.type,
    from: message.sender,
    createdAt: message.created_at,
    expiresAt: message.expires_at,
    recipients: rows.map((r) => ({
      agency: r.recipient,
      status: r.status,
      attempts: r.attempts,
      ...(r.status_reason === null ? {} : { reason: r.status_reason }),
      ...(r.delivered_at === null ? {} : { deliveredAt: r.delivered_at }),
      ...(r.acknowledged_at === null ? {} : { acknowledgedAt: r.acknowledged_at }),
      ...(r.rejection_code === null ? {} : { rejectionCode: r.rejection_code }),
      ...(r.rejected_at === null ? {} : { rejectedAt: r.rejected_at }),
    })),
  };
}
