import type { Kysely } from 'kysely';
import type { Database } from './tables.js';
import type { DeliveryNotice } from '../transport/delivery-notice.js';
import { RELAY_LEASE } from './migrations/outbox.js';

/** A notice in the outbox, with its place in the publishing order. */
export interface OutboxEntry extends DeliveryNotice {
  seq: number;
}

/** The transactional outbox: notices written with the deliveries, published by one relay. */
export interface OutboxStore {
  /**
   * Queue notices; from a store opened in a transaction they exist exactly when the
   * deliveries written in it do.
   */
  add(notices: readonly DeliveryNotice[], at: Date): Promise<void>;
  /**
   * Take or renew the relay lease until `until`. True when `holder` holds it: it was free,
   * expired or already its own. The conditional update lets one of several relays win.
   */
  lease(holder: string, now: Date, until: Date): Promise<boolean>;
  /** Give the lease up (clean shutdown), so another relay need not wait for it to expire. */
  release(holder: string): Promise<void>;
  /** The oldest unpublished notices, in `seq` order. */
  unpublished(limit: number): Promise<OutboxEntry[]>;
  /** Mark notices published; returns how many were still unpublished. */
  markPublished(seqs: readonly number[], at: Date): Promise<number>;
  /** Delete notices published before `before`; returns how many. */
  prunePublished(before: Date): Promise<number>;
}

export function outboxStore(db: Kysely<Database>): OutboxStore {
  return {
    async add(notices, at) {
      if (notices.length === 0) {
        return;
      }
      await db
        .insertInto('delivery_outbox')
        .values(
          notices.map((n) => ({
            message_id: n.messageId,
            recipient: n.recipient,
            kind: n.kind,
            created_at: at.toISOString(),
            published_at: null,
          })),
        )
        .execute();
    },

    async lease(holder, now, until) {
      const result = await db
        .updateTable('outbox_leases')
        .set({ holder, expires_at: until.toISOString() })
        .where('name', '=', RELAY_LEASE)
        .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<', now.toISOString())]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async release(holder) {
      await db
        .updateTable('outbox_leases')
        .set({ expires_at: new Date(0).toISOString() })
        .where('name', '=', RELAY_LEASE)
        .where('holder', '=', holder)
        .execute();
    },

    async unpublished(limit) {
      const rows = await db
        .selectFrom('delivery_outbox')
        .select(['seq', 'message_id', 'recipient', 'kind'])
        .where('published_at', 'is', null)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        // PostgreSQL returns a bigserial as a string.
        seq: Number(r.seq),
        messageId: r.message_id,
        recipient: r.recipient,
        kind: r.kind === 'redelivery' ? 'redelivery' : 'accepted',
      }));
    },

    async markPublished(seqs, at) {
      if (seqs.length === 0) {
        return 0;
      }
      const result = await db
        .updateTable('delivery_outbox')
        .set({ published_at: at.toISOString() })
        .where('seq', 'in', [...seqs])
        .where('published_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async prunePublished(before) {
      const result = await db
        .deleteFrom('delivery_outbox')
        .where('published_at', 'is not', null)
        .where('published_at', '<', before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
