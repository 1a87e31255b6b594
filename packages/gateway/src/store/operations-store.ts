import type { Kysely } from 'kysely';
import type { PublishedStatisticsTable, StatisticsTables } from './migrations/statistics.js';
import type { Database } from './tables.js';

const statisticsDb = (db: Kysely<Database>) => db.withTables<StatisticsTables>();

/**
 * The read queries behind the admin app's operator, DPO and auditor pages, and the one write
 * of published statistics; they run on SQLite and PostgreSQL alike (no dialect-specific SQL).
 */
export class OperationsStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Deliveries per status: the queue depths. */
  async deliveryCountsByStatus(): Promise<{ status: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('status')
      .execute();
    return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
  }

  /** Acceptance instants of messages accepted at or after `since` (ISO), for throughput. */
  async acceptedSince(since: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select('accepted_at')
      .where('accepted_at', '>=', since)
      .execute();
    return rows.map((r) => r.accepted_at);
  }

  /** The envelope facts of one message (never its payload) and its deliveries. */
  async messageTrace(messageId: string) {
    const message = await this.db
      .selectFrom('messages')
      .select(['id', 'sender', 'type', 'version', 'created_at', 'accepted_at', 'expires_at'])
      .where('id', '=', messageId)
      .executeTakeFirst();
    if (message === undefined) {
      return undefined;
    }
    const deliveries = await this.db
      .selectFrom('deliveries')
      .select([
        'recipient',
        'status',
        'status_reason',
        'attempts',
        'last_error',
        'delivered_at',
        'acknowledged_at',
        'rejection_code',
        'rejected_at',
        'updated_at',
      ])
      .where('message_id', '=', messageId)
      .orderBy('recipient')
      .execute();
    return { message, deliveries };
  }

  /** Dead-lettered deliveries with their message's type and sender, newest first. */
  async deadLetters(limit: number) {
    return this.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.message_id as messageId',
        'deliveries.recipient as recipient',
        'deliveries.attempts as attempts',
        'deliveries.last_error as lastError',
        'deliveries.updated_at as updatedAt',
        'messages.type as type',
        'messages.sender as sender',
      ])
      .where('deliveries.status', '=', 'dead-lettered')
      .orderBy('deliveries.updated_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Envelope facts of every message accepted in [from, to): what the gateway can count. */
  async envelopeFacts(from: string, to: string) {
    return this.db
      .selectFrom('messages')
      .innerJoin('agencies', 'agencies.id', 'messages.sender')
      .select([
        'messages.id as id',
        'messages.sender as sender',
        'agencies.kind as senderKind',
        'messages.type as type',
        'messages.accepted_at as acceptedAt',
        'messages.envelope as envelope',
      ])
      .where('messages.accepted_at', '>=', from)
      .where('messages.accepted_at', '<', to)
      .execute();
  }

  /** Delivery outcomes of messages accepted in [from, to), with the recipient's kind. */
  async deliveryFacts(from: string, to: string) {
    return this.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .innerJoin('agencies', 'agencies.id', 'deliveries.recipient')
      .select([
        'deliveries.message_id as messageId',
        'agencies.kind as recipientKind',
        'deliveries.status as status',
        'deliveries.rejection_code as rejectionCode',
        'messages.accepted_at as acceptedAt',
        'deliveries.acknowledged_at as acknowledgedAt',
      ])
      .where('messages.accepted_at', '>=', from)
      .where('messages.accepted_at', '<', to)
      .execute();
  }

  /** Instants of consent withdrawals in [from, to). */
  async consentWithdrawals(from: string, to: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('consents')
      .select('withdrawn_at')
      .where('withdrawn_at', '>=', from)
      .where('withdrawn_at', '<', to)
      .execute();
    return rows.flatMap((r) => (r.withdrawn_at === null ? [] : [r.withdrawn_at]));
  }

  /** The consent records an agency holds as controller. */
  async consentsOfController(agencyId: string) {
    return this.db
      .selectFrom('consents')
      .select(['id', 'subject', 'scope', 'valid_from', 'valid_until', 'withdrawn_at'])
      .where('controller', '=', agencyId)
      .orderBy('valid_from', 'desc')
      .execute();
  }

  /** Keep a verified statistics document. */
  async storePublishedStatistics(row: PublishedStatisticsTable): Promise<void> {
    await statisticsDb(this.db).insertInto('published_statistics').values(row).execute();
  }

  /** The newest statistics document by its `asOf`, or undefined when none was published. */
  async latestPublishedStatistics(): Promise<PublishedStatisticsTable | undefined> {
    return statisticsDb(this.db)
      .selectFrom('published_statistics')
      .selectAll()
      .orderBy('as_of', 'desc')
      .orderBy('received_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }
}
