import type { Kysely } from 'kysely';
import type {
  PublishedStatisticsTable,
  StatisticsTables,
} from '../statistics/statistics-migration.js';
import type { Database } from '../storage/tables.js';

// The read queries behind the admin app's operator, DPO and auditor pages, and the one write
// of published statistics. Every function takes the Kysely handle and runs on SQLite and
// PostgreSQL alike (no dialect-specific SQL).

/** Deliveries per status: the queue depths. */
export async function deliveryCountsByStatus(
  db: Kysely<Database>,
): Promise<{ status: string; count: number }[]> {
  const rows = await db
    .selectFrom('deliveries')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
}

/** Acceptance instants of messages accepted at or after `since` (ISO), for throughput. */
export async function acceptedSince(db: Kysely<Database>, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .select('accepted_at')
    .where('accepted_at', '>=', since)
    .execute();
  return rows.map((r) => r.accepted_at);
}

/** The envelope facts of one message (never its payload) and its deliveries. */
export async function messageTrace(db: Kysely<Database>, messageId: string) {
  const message = await db
    .selectFrom('messages')
    .select(['id', 'sender', 'type', 'version', 'created_at', 'accepted_at', 'expires_at'])
    .where('id', '=', messageId)
    .executeTakeFirst();
  if (message === undefined) {
    return undefined;
  }
  const deliveries = await db
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
export async function deadLetters(db: Kysely<Database>, limit: number) {
  return db
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
export async function envelopeFacts(db: Kysely<Database>, from: string, to: string) {
  return db
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
export async function deliveryFacts(db: Kysely<Database>, from: string, to: string) {
  return db
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
export async function consentWithdrawals(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('consents')
    .select('withdrawn_at')
    .where('withdrawn_at', '>=', from)
    .where('withdrawn_at', '<', to)
    .execute();
  return rows.flatMap((r) => (r.withdrawn_at === null ? [] : [r.withdrawn_at]));
}

/** The consent records an agency holds as controller. */
export async function consentsOfController(db: Kysely<Database>, agencyId: string) {
  return db
    .selectFrom('consents')
    .select(['id', 'subject', 'scope', 'valid_from', 'valid_until', 'withdrawn_at'])
    .where('controller', '=', agencyId)
    .orderBy('valid_from', 'desc')
    .execute();
}

const statisticsDb = (db: Kysely<Database>) => db.withTables<StatisticsTables>();

/** Keep a verified statistics document. */
export async function storePublishedStatistics(
  db: Kysely<Database>,
  row: PublishedStatisticsTable,
): Promise<void> {
  await statisticsDb(db).insertInto('published_statistics').values(row).execute();
}

/** The newest statistics document by its `asOf`, or undefined when none was published. */
export async function latestPublishedStatistics(
  db: Kysely<Database>,
): Promise<PublishedStatisticsTable | undefined> {
  return statisticsDb(db)
    .selectFrom('published_statistics')
    .selectAll()
    .orderBy('as_of', 'desc')
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
