import type { Kysely, Migration } from 'kysely';

/**
 * One executed erasure request in full: what was deleted and what was kept, why and until
 * when (the domain's `ErasureLogEntry`, as JSON). The transparency log keeps only counts;
 * the person's later access report needs the reasons, and they are ids and codes only.
 */
export interface ErasureRecordTable {
  request_id: string;
  subject: string;
  at: string;
  entry: string;
}

// A type alias, not an interface: Kysely's `withTables` wants an indexable record type.
export type ErasureRecordTables = {
  erasure_records: ErasureRecordTable;
};

/** Sorts after every earlier migration: Kysely refuses one that sorts before an applied one. */
export const ERASURE_RECORDS_MIGRATION_NAME = '0400-erasure-records';

export const erasureRecordsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('erasure_records')
      .ifNotExists()
      .addColumn('request_id', 'text', (c) => c.primaryKey())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('entry', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('erasure_records_subject')
      .ifNotExists()
      .on('erasure_records')
      .column('subject')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('erasure_records').ifExists().execute();
  },
};
