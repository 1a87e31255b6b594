import { sql, type ColumnType, type Kysely, type Migration } from 'kysely';

/** The transparency log's rows: one leaf each, in append order. */
export interface TransparencyLogTable {
  seq: number;
  /** The canonical leaf text (UTF-8 JSON); its bytes are what the leaf hash covers. */
  entry: string;
  /** Hex SHA-256(0x00 ‖ entry), kept so the tree can be rebuilt without re-reading entries. */
  leaf_hash: string;
  appended_at: string;
  /** The message the entry is about (null for entries about none); indexed for proofs. */
  message_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One row: the next free log position, updated by every append (its lock orders appends). */
export interface TransparencyLogSequencerTable {
  id: number;
  next_seq: number;
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
  transparency_log_sequencer: TransparencyLogSequencerTable;
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

/** Migration name of the message-id column and the sequencer row. */
export const LOG_SEQUENCER_MIGRATION_NAME = '0102-transparency-log-message-id-and-sequencer';

/**
 * Gives each entry an indexed `message_id` (filled from the stored entries' JSON) so a proof
 * finds a message's entries without scanning text, and adds the sequencer row that numbers
 * appends across processes (started at the number of stored entries).
 */
export const logSequencerMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('transparency_log').addColumn('message_id', 'text').execute();
    const log = db as unknown as Kysely<TransparencyTables>;
    const rows = await log.selectFrom('transparency_log').select(['seq', 'entry']).execute();
    for (const row of rows) {
      const parsed = JSON.parse(row.entry) as { messageId?: unknown };
      if (typeof parsed.messageId === 'string') {
        await log
          .updateTable('transparency_log')
          .set({ message_id: parsed.messageId })
          .where('seq', '=', row.seq)
          .execute();
      }
    }
    await db.schema
      .createIndex('transparency_log_message')
      .on('transparency_log')
      .column('message_id')
      .execute();
    await db.schema
      .createTable('transparency_log_sequencer')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('next_seq', 'integer', (c) => c.notNull())
      .execute();
    await sql`insert into transparency_log_sequencer (id, next_seq)
      select 1, coalesce(max(seq) + 1, 0) from transparency_log`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('transparency_log_sequencer').execute();
    await db.schema.dropIndex('transparency_log_message').execute();
    await db.schema.alterTable('transparency_log').dropColumn('message_id').execute();
  },
};
