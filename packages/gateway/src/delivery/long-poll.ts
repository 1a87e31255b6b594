import type { AgencyPrincipal } from '../store/registry/credentials.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { pullInbox, type DeliveredMessage } from './inbox.js';

/**
 * Pull, and with an empty inbox wait up to `waitMs` for a delivery notice for the caller,
 * then pull again (also when the wait ran out). The wait is registered before the first pull, so a delivery committed in
 * between still ends it. A notice only wakes the poll: the inbox read decides what is served.
 */
export async function pollInbox(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  limit: number,
  waitMs: number,
): Promise<DeliveredMessage[]> {
  if (waitMs <= 0) {
    return pullInbox(ctx, principal, limit);
  }
  const wait = ctx.transport.waiters.wait(principal.agencyId, waitMs);
  try {
    const first = await pullInbox(ctx, principal, limit);
    if (first.length > 0) {
      return first;
    }
    ctx.metrics.waitingPolls.inc();
    const woken = await wait.woken.finally(() => ctx.metrics.waitingPolls.dec());
    ctx.metrics.longPolls.inc({ outcome: woken ? 'woken' : 'timed-out' });
    // Pull again on a timeout too: a notice may be late, the inbox never is.
    return await pullInbox(ctx, principal, limit);
  } finally {
    wait.cancel();
  }
}
