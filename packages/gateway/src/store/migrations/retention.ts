import type { Kysely, Migration } from 'kysely';

/** One deleted ciphertext: the message row stays (status, receipts), its payload is emptied. */
export interface CiphertextDeletionTable {
  message_id: string;
  deleted_at: string;
  /** `retention-elapsed` (the sweep) or `erasure-request`. */
  reason: string;
}

/** The tables of this module, to combine with the gateway's own table map. */
// A type alias, not an interface: Kysely's `withTables` wants an indexable record type.
export type RetentionTables = {
  ciphertext_deletions: CiphertextDeletionTable;
};

/** Migration name for the gateway's migrator; sorts after the transparency log's. */
export const RETENTION_MIGRATION_NAME = '0200-retention';

/** Creates the deletion record (text columns only: SQLite and PostgreSQL alike). */
export const retentionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('ciphertext_deletions')
      .ifNotExists()
      .addColumn('message_id', 'text', (c) => c.primaryKey())
      .addColumn('deleted_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('ciphertext_deletions').ifExists().execute();
  },
};
