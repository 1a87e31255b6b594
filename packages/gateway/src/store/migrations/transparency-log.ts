import type { Kysely, Migration } from 'kysely';

/** The transparency log's rows: one leaf each, in append order. */
export interface TransparencyLogTable {
  seq: number;
  /** The canonical leaf text (UTF-8 JSON); its bytes are what the leaf hash covers. */
  entry: string;
  /** Hex SHA-256(0x00 ‖ entry), kept so the tree can be rebuilt without re-reading entries. */
  leaf_hash: string;
  appended_at: string;
}

/** Every signed tree head the gateway issued, so an export carries the history of heads. */
export interface TransparencyTreeHeadsTable {
  tree_size: number;
  root_hash: string;
  timestamp: string;
  signature: string;
  /** The same head as a C2SP tlog-checkpoint signed note (Ed25519); null for older heads. */
  checkpoint: string | null;
}

/** The tables of this module, to combine with the gateway's own table map. */
// A type alias, not an interface: Kysely's `withTables` wants an indexable record type.
export type TransparencyTables = {
  transparency_log: TransparencyLogTable;
  transparency_tree_heads: TransparencyTreeHeadsTable;
};

/** Migration name for the gateway's migrator; sorts after the registry's `0001-…`. */
export const TRANSPARENCY_LOG_MIGRATION_NAME = '0100-transparency-log';

/**
 * Creates the transparency tables. Only `integer` and `text` columns, so the same
 * migration runs on SQLite and PostgreSQL.
 */
export const transparencyLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('transparency_log')
      .ifNotExists()
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('entry', 'text', (c) => c.notNull())
      .addColumn('leaf_hash', 'text', (c) => c.notNull())
      .addColumn('appended_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('transparency_tree_heads')
      .ifNotExists()
      .addColumn('tree_size', 'integer', (c) => c.notNull())
      .addColumn('root_hash', 'text', (c) => c.notNull())
      .addColumn('timestamp', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('transparency_tree_heads_size')
      .ifNotExists()
      .on('transparency_tree_heads')
      .column('tree_size')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('transparency_tree_heads').ifExists().execute();
    await db.schema.dropTable('transparency_log').ifExists().execute();
  },
};

/** Migration name of the checkpoint column; sorts after the log's own migration. */
export const CHECKPOINT_MIGRATION_NAME = '0101-transparency-checkpoints';

/** Adds the signed-note form of each tree head (nullable: heads signed before have none). */
export const checkpointMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('transparency_tree_heads').addColumn('checkpoint', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('transparency_tree_heads').dropColumn('checkpoint').execute();
  },
};
