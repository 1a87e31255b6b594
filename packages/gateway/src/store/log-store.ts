import type { Kysely } from 'kysely';
import type { TransparencyTables } from './migrations/transparency-log.js';
import type { SignedTreeHead } from '@nrm/client/transparency';

/** The largest position a 32-bit `integer` column holds (PostgreSQL's `integer`). */
const MAX_POSITION = 2 ** 31 - 1;

/** One stored leaf row. */
export interface StoredLeaf {
  seq: number;
  /** Canonical leaf text. */
  entry: string;
  /** Hex leaf hash of the entry's UTF-8 bytes. */
  leafHash: string;
  appendedAt: string;
  /** The message the entry is about (indexed), or null for entries about no single message. */
  messageId?: string | null;
}

/**
 * Where the log keeps its leaves and signed heads. Append-only by contract: `append` with a
 * `seq` that exists already must fail, so two writers can never both claim a position.
 */
export interface LogStorage {
  append(leaf: StoredLeaf): Promise<void>;
  size(): Promise<number>;
  leafHash(seq: number): Promise<string | undefined>;
  /** Leaves with `from <= seq < to`, in `seq` order. */
  entries(from: number, to: number): Promise<StoredLeaf[]>;
  /** Leaves about message `messageId` (its indexed column), in `seq` order. */
  entriesAbout(messageId: string): Promise<StoredLeaf[]>;
  saveTreeHead(head: SignedTreeHead): Promise<void>;
  /** Every stored head, oldest first. */
  treeHeads(): Promise<SignedTreeHead[]>;
}

/**
 * {@link LogStorage} over the `transparency_log` / `transparency_tree_heads` tables
 * (see `log-migration.ts`) through any Kysely dialect.
 */
export class KyselyLogStorage implements LogStorage {
  private constructor(private readonly db: Kysely<TransparencyTables>) {}

  /** Use the transparency tables of any gateway database (SQLite or PostgreSQL). */
  static over<DB>(db: Kysely<DB>): KyselyLogStorage {
    // The caller's table map does not list these tables; add them for this module only.
    return new KyselyLogStorage(
      db.withTables<TransparencyTables>() as unknown as Kysely<TransparencyTables>,
    );
  }

  async append(leaf: StoredLeaf): Promise<void> {
    await this.db
      .insertInto('transparency_log')
      .values({
        seq: leaf.seq,
        entry: leaf.entry,
        leaf_hash: leaf.leafHash,
        appended_at: leaf.appendedAt,
        message_id: leaf.messageId ?? null,
      })
      .execute();
    // A position taken without `reserve` (a log appended to directly) moves the sequencer on.
    await this.db
      .updateTable('transparency_log_sequencer')
      .set({ next_seq: leaf.seq + 1 })
      .where('id', '=', 1)
      .where('next_seq', '<=', leaf.seq)
      .execute();
  }

  async size(): Promise<number> {
    const row = await this.db
      .selectFrom('transparency_log')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async leafHash(seq: number): Promise<string | undefined> {
    if (Math.abs(seq) > MAX_POSITION) {
      return undefined;
    }
    const row = await this.db
      .selectFrom('transparency_log')
      .select('leaf_hash')
      .where('seq', '=', seq)
      .executeTakeFirst();
    return row?.leaf_hash;
  }

  async entries(from: number, to: number): Promise<StoredLeaf[]> {
    const rows = await this.db
      .selectFrom('transparency_log')
      .selectAll()
      // Open ends (±MAX_SAFE_INTEGER) are no bounds: PostgreSQL refuses them as integers.
      .$if(from >= -MAX_POSITION, (q) => q.where('seq', '>=', Math.min(from, MAX_POSITION)))
      .$if(to <= MAX_POSITION, (q) => q.where('seq', '<', to))
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      entry: row.entry,
      leafHash: row.leaf_hash,
      appendedAt: row.appended_at,
    }));
  }

  async entriesAbout(messageId: string): Promise<StoredLeaf[]> {
    const rows = await this.db
      .selectFrom('transparency_log')
      .selectAll()
      .where('message_id', '=', messageId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      entry: row.entry,
      leafHash: row.leaf_hash,
      appendedAt: row.appended_at,
      messageId: row.message_id,
    }));
  }

  /**
   * Reserve `count` positions and return the first. The sequencer row's update locks it until
   * the caller's transaction ends, which serialises appends across connections and processes.
   */
  async reserve(count: number): Promise<number> {
    const row = await this.db
      .updateTable('transparency_log_sequencer')
      .set((eb) => ({ next_seq: eb('next_seq', '+', count) }))
      .where('id', '=', 1)
      .returning('next_seq')
      .executeTakeFirstOrThrow();
    return Number(row.next_seq) - count;
  }

  async saveTreeHead(head: SignedTreeHead): Promise<void> {
    await this.db
      .insertInto('transparency_tree_heads')
      .values({
        tree_size: head.treeSize,
        root_hash: head.rootHash,
        timestamp: head.timestamp,
        signature: head.signature,
        // Only when present: stores opened with the log migration alone lack the column.
        ...(head.checkpoint === undefined ? {} : { checkpoint: head.checkpoint }),
      })
      .execute();
  }

  async treeHeads(): Promise<SignedTreeHead[]> {
    const rows = await this.db
      .selectFrom('transparency_tree_heads')
      .selectAll()
      .orderBy('tree_size')
      .orderBy('timestamp')
      .execute();
    return rows.map((row) => ({
      treeSize: Number(row.tree_size),
      rootHash: row.root_hash,
      timestamp: row.timestamp,
      signature: row.signature,
      ...(row.checkpoint === null || row.checkpoint === undefined
        ? {}
        : { checkpoint: row.checkpoint }),
    }));
  }
}
