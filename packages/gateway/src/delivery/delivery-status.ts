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
