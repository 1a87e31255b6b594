import type { Generated } from 'kysely';

/**
 * Delivery notices waiting to be published, written in the transaction that stored the
 * deliveries (transactional outbox). `seq` orders them; `published_at` is set once the broker
 * acknowledged the notice.
 */
export interface DeliveryOutboxTable {
  seq: Generated<number>;
  message_id: string;
  recipient: string;
  kind: string;
  created_at: string;
  published_at: string | null;
}

/** One row per relay lease: the relay holding it is the only one publishing. */
export interface OutboxLeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}
