import { GatewayError } from '@nrm/client/errors';
import type { GatewayContext } from '../context/gateway-context.js';

/** One step of a delivery's history, with the stable code where there is one. */
export interface TraceEvent {
  at: string;
  event: 'accepted' | 'delivered' | 'acknowledged' | 'rejected' | 'status';
  code?: string;
  detail?: string;
}

/**
 * The envelope facts of a message and, per recipient, a status timeline built from the
 * delivery's stored instants and codes. Never the payload or its ciphertext.
 */
export async function traceMessage(ctx: GatewayContext, messageId: string) {
  const found = await ctx.store.operations.messageTrace(messageId);
  if (found === undefined) {
    throw new GatewayError('NOT_FOUND', {
      message: `No message ${messageId}: check the id (it is in the sender's receipt).`,
      path: 'id',
    });
  }
  const { message, deliveries } = found;
  return {
    message,
    recipients: deliveries.map((d) => {
      const events: TraceEvent[] = [{ at: message.accepted_at, event: 'accepted' }];
      if (d.delivered_at !== null) {
        events.push({ at: d.delivered_at, event: 'delivered' });
      }
      if (d.acknowledged_at !== null) {
        events.push({ at: d.acknowledged_at, event: 'acknowledged' });
      }
      if (d.rejected_at !== null) {
        events.push({
          at: d.rejected_at,
          event: 'rejected',
          ...(d.rejection_code === null ? {} : { code: d.rejection_code }),
        });
      }
      // The current status when no instant above already says it (withheld, expired, dead letter).
      if (!['delivered', 'acknowledged', 'rejected'].includes(d.status)) {
        events.push({
          at: d.updated_at,
          event: 'status',
          code: d.status,
          ...(d.status_reason === null ? {} : { detail: d.status_reason }),
        });
      }
      events.sort((a, b) => a.at.localeCompare(b.at));
      return {
        recipient: d.recipient,
        status: d.status,
        attempts: d.attempts,
        lastError: d.last_error,
        events,
      };
    }),
  };
}
