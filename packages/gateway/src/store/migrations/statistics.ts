import type { Kysely, Migration } from 'kysely';

/**
 * Signed, suppressed aggregates published by a competent authority (ADR 0015): the document
 * exactly as signed, its detached signature and the key that made it.
 */
export interface PublishedStatisticsTable {
  id: string;
  publisher: string;
  as_of: string;
  /** The signed JSON text, byte for byte. */
  document: string;
  signature: string;
  signer_fingerprint: string;
  received_at: string;
}

// A type alias, not an interface: Kysely's `withTables` wants an indexable record type.
export type StatisticsTables = {
  published_statistics: PublishedStatisticsTable;
};

/** Sorts after every earlier migration: Kysely refuses one that sorts before an applied one. */
export const STATISTICS_MIGRATION_NAME = '0500-published-statistics';

export const statisticsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('published_statistics')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('publisher', 'text', (c) => c.notNull())
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('signer_fingerprint', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('published_statistics').ifExists().execute();
  },
};
