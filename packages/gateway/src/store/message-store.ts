import type { Insertable, Kysely } from 'kysely';
import type { ConsentTable, Database, DeliveryTable, MessageTable } from './tables.js';

/** An accepted message's stored answer: its receipt and where each recipient stands. */
export interface StoredAcceptance {
  id: string;
  receipt: Uint8Array;
  receiptSignature: string;
  recipients: { agency: string; status: string }[];
}

/** What one accepted submission writes, decided before the transaction starts. */
export interface AcceptanceRows {
  /** The id and envelope digest, remembered beyond the message's retention (replay guard). */
  seen: { id: string; envelopeDigest: string; at: string };
  message: Insertable<MessageTable>;
  deliveries: Insertable<DeliveryTable>[];
  /** A consent record's scope, stored as held consent. */
  consent?: Insertable<ConsentTable> | undefined;
  /** A withdrawal: these consents end now; deliveries relying on them are held. */
  withdrawal?: { consentIds: string[]; messageId: string; at: string } | undefined;
}

/** Messages and the ids ever seen. */
export class MessageStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The envelope digest stored under an id ever accepted (kept after the message is purged). */
  async seenDigest(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('seen_ids')
      .select('envelope_digest')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.envelope_digest;
  }

  /** The stored answer of an accepted message. */
  async acceptance(id: string): Promise<StoredAcceptance | undefined> {
    const message = await this.db
      .selectFrom('messages')
      .select(['id', 'receipt', 'receipt_signature'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (message === undefined) {
      return undefined;
    }
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['recipient', 'status'])
      .where('message_id', '=', id)
      .orderBy('recipient')
      .execute();
    return {
      id: message.id,
      receipt: message.receipt,
      receiptSignature: message.receipt_signature,
      recipients: rows.map((r) => ({ agency: r.recipient, status: r.status })),
    };
  }

  /**
   * Replace the stored receipt, only over the one it was read as: of two concurrent
   * replacements the first wins and both then read it.
   */
  async replaceReceipt(
    id: string,
    receipt: { bytes: Uint8Array; signature: string },
    previousSignature: string,
  ): Promise<void> {
    await this.db
      .updateTable('messages')
      .set({ receipt: receipt.bytes, receipt_signature: receipt.signature })
      .where('id', '=', id)
      .where('receipt_signature', '=', previousSignature)
      .execute();
  }

  /** The header facts of a message (status answers, rejections). */
  summary(id: string) {
    return this.db
      .selectFrom('messages')
      .select(['id', 'type', 'sender', 'subject', 'created_at', 'expires_at', 'envelope_digest'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Insert the rows of an acceptance (inside the accepting transaction). */
  async insert(rows: AcceptanceRows): Promise<void> {
    await this.db
      .insertInto('seen_ids')
      .values({
        id: rows.seen.id,
        envelope_digest: rows.seen.envelopeDigest,
        seen_at: rows.seen.at,
      })
      .execute();
    await this.db.insertInto('messages').values(rows.message).execute();
    for (const delivery of rows.deliveries) {
      await this.db.insertInto('deliveries').values(delivery).execute();
    }
    if (rows.consent !== undefined) {
      await this.db.insertInto('consents').values(rows.consent).execute();
    }
    if (rows.withdrawal !== undefined) {
      await this.db
        .updateTable('consents')
        .set({ withdrawn_at: rows.withdrawal.at, withdrawal_message_id: rows.withdrawal.messageId })
        .where('id', 'in', rows.withdrawal.consentIds)
        .where('withdrawn_at', 'is', null)
        .execute();
    }
  }
}
