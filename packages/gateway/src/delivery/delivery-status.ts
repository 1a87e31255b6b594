/** Where one message stands for one recipient (DESIGN.md step 6). */
export const DELIVERY_STATUSES = [
  'accepted',
  'delivered',
  'acknowledged',
  'rejected',
  'withheld',
  'expired',
  'dead-lettered',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Statuses from which a message can still reach the recipient. */
export const PENDING_STATUSES: readonly DeliveryStatus[] = ['accepted', 'delivered'];

/** What moves a delivery from one status to another. */
export const DELIVERY_EVENTS = [
  'hand-over',
  'acknowledge',
  'reject',
  'withhold',
  'expire',
  'dead-letter',
  'redeliver',
] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

/**
 * The delivery life cycle as data, like the domain's service-referral statuses: for each
 * status, the events it accepts and where they lead. The store updates a row only from a
 * status listed here, so a concurrent change (another process acknowledged first) makes the
 * update change nothing instead of overwriting it.
 */
export const DELIVERY_TRANSITIONS: Readonly<
  Record<DeliveryStatus, Readonly<Partial<Record<DeliveryEvent, DeliveryStatus>>>>
> = {
  accepted: {
    'hand-over': 'delivered',
    acknowledge: 'acknowledged',
    reject: 'rejected',
    withhold: 'withheld',
    expire: 'expired',
    'dead-letter': 'dead-lettered',
  },
  delivered: { acknowledge: 'acknowledged', reject: 'rejected', redeliver: 'accepted' },
  acknowledged: {},
  rejected: {},
  withheld: {},
  expired: {},
  'dead-lettered': { redeliver: 'accepted' },
};

/** The statuses `event` applies to, and the one it leads to. */
export function deliveryTransition(event: DeliveryEvent): {
  from: DeliveryStatus[];
  to: DeliveryStatus;
} {
  const from = DELIVERY_STATUSES.filter((s) => DELIVERY_TRANSITIONS[s][event] !== undefined);
  const to = from.map((s) => DELIVERY_TRANSITIONS[s][event]);
  const target = to[0];
  if (target === undefined || to.some((t) => t !== target)) {
    // The table is data: an event that leads to two places is a mistake in it.
    throw new RangeError(`Delivery event ${event} has no single target status.`);
  }
  return { from, to: target };
}
