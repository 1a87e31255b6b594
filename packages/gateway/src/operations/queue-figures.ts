import { DELIVERY_STATUSES } from '../delivery/delivery-status.js';
import type { GatewayContext } from '../context/gateway-context.js';

const HOUR_MS = 3_600_000;

/** Deliveries per status, every status listed (zero included) so an empty queue shows as 0. */
export async function queueDepths(ctx: GatewayContext): Promise<Record<string, number>> {
  const counts = await ctx.store.operations.deliveryCountsByStatus();
  return Object.fromEntries(
    DELIVERY_STATUSES.map((status) => [
      status,
      counts.find((c) => c.status === status)?.count ?? 0,
    ]),
  );
}

/** Messages accepted per hour over the last `hours` hours, oldest hour first. */
export async function throughput(
  ctx: GatewayContext,
  hours: number,
): Promise<{ hour: string; accepted: number }[]> {
  const now = ctx.clock.now().getTime();
  const firstHour = Math.floor(now / HOUR_MS) * HOUR_MS - (hours - 1) * HOUR_MS;
  const buckets = Array.from({ length: hours }, (_, i) => ({
    hour: new Date(firstHour + i * HOUR_MS).toISOString(),
    accepted: 0,
  }));
  for (const at of await ctx.store.operations.acceptedSince(new Date(firstHour).toISOString())) {
    const bucket = buckets[Math.floor((Date.parse(at) - firstHour) / HOUR_MS)];
    if (bucket !== undefined) {
      bucket.accepted += 1;
    }
  }
  return buckets;
}
