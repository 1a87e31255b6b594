import type { ErasureLogEntry, RetainedDelivery, RetainedMessage } from '@nrm/domain';
import type { Kysely } from 'kysely';
import { erasureRecordsOf, saveErasureRecord } from './erasure-store.js';
import type { RetentionTables } from './migrations/retention.js';
import type { Database } from './tables.js';

/** The gateway store with the retention module's table. */
type RetentionDb = Kysely<Database & RetentionTables>;

function retentionDb(db: Kysely<Database>): RetentionDb {
  return db.withTables<RetentionTables>();
}

/** Stored messages whose ciphertext is still there, and their deliveries, as retention sees them. */
async function retainedMessages(
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
async function deleteCiphertext(
  trx: Kysely<Database>,
  messageId: string,
  reason: 'retention-elapsed' | 'erasure-request',
  at: Date,
): Promise<boolean> {
  // The deletion record first: of two sweeps (two processes) deleting at once, the second
  // waits for the first's row and then inserts nothing, so each deletion happens and is
  // logged once.
  const recorded = await retentionDb(trx)
    .insertInto('ciphertext_deletions')
    .values({ message_id: messageId, deleted_at: at.toISOString(), reason })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .executeTakeFirst();
  if (Number(recorded.numInsertedOrUpdatedRows ?? 0n) === 0) {
    return false;
  }
  await trx
    .updateTable('messages')
    .set({ payload: new Uint8Array(0) })
    .where('id', '=', messageId)
    .execute();
  return true;
}

/** What retention and erasure read and delete: ciphertext, its deletions, erasure records. */
export class RetentionStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stored messages whose ciphertext is still there (of one subject if given), and their deliveries. */
  retained(
    subject?: string,
  ): Promise<{ messages: RetainedMessage[]; deliveries: RetainedDelivery[] }> {
    return retainedMessages(this.db, subject);
  }

  /** Empty a message's payload and record why; false when it was deleted before. */
  deleteCiphertext(
    messageId: string,
    reason: 'retention-elapsed' | 'erasure-request',
    at: Date,
  ): Promise<boolean> {
    return deleteCiphertext(this.db, messageId, reason, at);
  }

  /** The message that recorded each consent about a subject (its payload is the consent form). */
  async consentRecordMessages(subject: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('consents')
      .select(['id', 'record_message_id'])
      .where('subject', '=', subject)
      .execute();
    return new Map(rows.map((r) => [r.id, r.record_message_id]));
  }

  /** Whether a message or a consent names the subject (erased ciphertext included). */
  async holdsSubject(subject: string): Promise<boolean> {
    const message = await this.db
      .selectFrom('messages')
      .select('id')
      .where('subject', '=', subject)
      .limit(1)
      .executeTakeFirst();
    if (message !== undefined) {
      return true;
    }
    const consent = await this.db
      .selectFrom('consents')
      .select('id')
      .where('subject', '=', subject)
      .limit(1)
      .executeTakeFirst();
    return consent !== undefined;
  }

  /** Keep the full plan of an executed erasure (in the erasure's transaction). */
  saveErasureRecord(entry: ErasureLogEntry): Promise<void> {
    return saveErasureRecord(this.db, entry);
  }

  /** The executed erasures of one subject, oldest first. */
  erasureRecordsOf(subject: string): Promise<ErasureLogEntry[]> {
    return erasureRecordsOf(this.db, subject);
  }
}
