import type { RetainedDelivery, RetainedMessage } from '@nrm/domain';
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';
import type { RetentionTables } from './migrations/retention.js';

/** The gateway store with the retention module's table. */
export type RetentionDb = Kysely<Database & RetentionTables>;

export function retentionDb(db: Kysely<Database>): RetentionDb {
  return db.withTables<RetentionTables>();
}

/** Stored messages whose ciphertext is still there, and their deliveries, as retention sees them. */
export async function retainedMessages(
  db: Kysely<Database>,
  subject?: string,
): Promise<{ messages: RetainedMessage[]; deliveries: RetainedDelivery[] }> {
  const rdb = retentionDb(db);
  let query = rdb
    .selectFrom('messages')
    .leftJoin('ciphertext_deletions', 'ciphertext_deletions.message_id', 'messages.id')
    .select(['messages.id', 'messages.subject', 'messages.accepted_at', 'messages.expires_at'])
    .where('ciphertext_deletions.message_id', 'is', null);
  if (subject !== undefined) {
    query = query.where('messages.subject', '=', subject);
  }
  const rows = await query.execute();
  const messages = rows.map(
    (r): RetainedMessage =>
      ({
        id: r.id,
        subject: r.subject,
        acceptedAt: r.accepted_at,
        expiresAt: r.expires_at,
      }) as RetainedMessage,
  );
  const ids = messages.map((m) => m.id);
  const deliveryRows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('deliveries')
          .select(['message_id', 'recipient', 'status', 'updated_at', 'acknowledged_at'])
          .where('message_id', 'in', ids)
          .execute();
  const deliveries = deliveryRows.map(
    (d): RetainedDelivery =>
      ({
        messageId: d.message_id,
        recipient: d.recipient,
        // The domain's retention rules predate rejection: a rejected ciphertext is kept like
        // a withheld one, as evidence of what arrived (the sender may dispute the rejection).
        status: d.status === 'rejected' ? 'withheld' : d.status,
        statusAt: d.updated_at,
        ...(d.status === 'acknowledged' && d.acknowledged_at !== null
          ? { acknowledgedAt: d.acknowledged_at }
          : {}),
      }) as RetainedDelivery,
  );
  return { messages, deliveries };
}

/**
 * Delete a message's ciphertext: the payload is emptied and the deletion recorded; the
 * envelope, its signature and the receipts stay as proof of what was exchanged.
 */
export async function deleteCiphertext(
  trx: Kysely<Database>,
  messageId: string,
  reason: 'retention-elapsed' | 'erasure-request',
  at: Date,
): Promise<boolean> {
  const rdb = retentionDb(trx);
  const done = await rdb
    .selectFrom('ciphertext_deletions')
    .select('message_id')
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  if (done !== undefined) {
    return false;
  }
  await trx
    .updateTable('messages')
    .set({ payload: new Uint8Array(0) })
    .where('id', '=', messageId)
    .execute();
  await rdb
    .insertInto('ciphertext_deletions')
    .values({ message_id: messageId, deleted_at: at.toISOString(), reason })
    .execute();
  return true;
}
