import type { Kysely } from 'kysely';
import { readKey, type PrivateKey } from 'openpgp';
import { GatewayError } from '../errors/index.js';
import type { Database } from '../storage/tables.js';
import { exportLog } from './export.js';
import {
  decodeLeaf,
  encodeLeaf,
  leafBytes,
  type LogEntryInput,
  type LogLeaf,
} from './log-entry.js';
import { KyselyLogStorage } from './log-storage.js';
import { hashLeaf, toHex } from './merkle-tree.js';
import { TransparencyLog, type ConsistencyProof, type InclusionProof } from './transparency-log.js';
import type { SignedTreeHead } from './tree-head.js';

/**
 * Append entries through `db` — pass the transaction that stores the fact, so the fact and
 * its log entries commit or roll back together. Positions come from the stored rows, not
 * from a cached tree: SQLite runs one write transaction at a time, so the count read here
 * is the next free position and a concurrent append cannot take it.
 */
export async function appendLeaves(
  db: Kysely<Database>,
  entries: readonly LogEntryInput[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const storage = KyselyLogStorage.over(db);
  let seq = await storage.size();
  for (const entry of entries) {
    let text: string;
    try {
      text = encodeLeaf(seq, entry);
    } catch (cause) {
      // The gateway builds its entries itself: an invalid one is a bug, not a bad request.
      throw new GatewayError('INTERNAL', {
        message: `Transparency log entry ${entry.kind} is not a valid pseudonymous fact.`,
        cause,
      });
    }
    await storage.append({
      seq,
      entry: text,
      leafHash: toHex(hashLeaf(leafBytes(text))),
      appendedAt: at.toISOString(),
    });
    seq += 1;
  }
}

/** One entry with its position, as the DPO queries read it. */
export type PositionedLeaf = LogLeaf;

/**
 * The gateway's transparency log over its own store: facts are appended inside their
 * transactions ({@link appendLeaves}); heads, proofs and exports come from the
 * {@link TransparencyLog}, which catches up with the stored rows before answering.
 */
export class GatewayLog {
  private constructor(
    private readonly db: Kysely<Database>,
    private readonly log: TransparencyLog,
    private readonly publicKeyArmored: string,
    private readonly now: () => Date,
  ) {}

  /** Open (and check) the stored log; refuses a log edited behind the gateway's back. */
  static async open(
    db: Kysely<Database>,
    key: { privateKey: PrivateKey; publicKey: string },
    now: () => Date,
  ): Promise<GatewayLog> {
    const log = await TransparencyLog.open({
      storage: KyselyLogStorage.over(db),
      signingKey: key.privateKey,
      now,
    });
    return new GatewayLog(db, log, key.publicKey, now);
  }

  /** Append entries in a transaction of their own (facts that have no other row). */
  async record(entries: readonly LogEntryInput[]): Promise<void> {
    await this.db.transaction().execute((trx) => appendLeaves(trx, entries, this.now()));
  }

  /** Sign and store a head over every entry stored so far. */
  signedTreeHead(): Promise<SignedTreeHead> {
    return this.log.signedTreeHead(this.now());
  }

  /** RFC 9162 inclusion proof of entry `seq` (in the current tree unless `treeSize`). */
  async inclusionProof(seq: number, treeSize?: number): Promise<InclusionProof> {
    await this.log.refresh();
    return this.log.inclusionProof(seq, treeSize ?? this.log.size);
  }

  /** Inclusion proofs of every entry about message `messageId`, oldest first. */
  async inclusionProofsOfMessage(
    messageId: string,
  ): Promise<{ leaf: PositionedLeaf; proof: InclusionProof }[]> {
    await this.log.refresh();
    const size = this.log.size;
    const about = (await this.leaves()).filter(
      (leaf) => 'messageId' in leaf && leaf.messageId === messageId && leaf.seq < size,
    );
    if (about.length === 0) {
      throw new GatewayError('NOT_FOUND', {
        message: `No log entry about message ${messageId}.`,
        path: 'messageId',
      });
    }
    return about.map((leaf) => ({ leaf, proof: this.log.inclusionProof(leaf.seq, size) }));
  }

  /** RFC 9162 consistency proof between two tree sizes (default: up to the current tree). */
  async consistencyProof(oldSize: number, newSize?: number): Promise<ConsistencyProof> {
    await this.log.refresh();
    return this.log.consistencyProof(oldSize, newSize ?? this.log.size);
  }

  /** The export an auditor verifies offline; a fresh head is signed first so it covers all. */
  async export(): Promise<string> {
    await this.signedTreeHead();
    return exportLog(KyselyLogStorage.over(this.db), {
      gatewayKey: await readKey({ armoredKey: this.publicKeyArmored }),
      exportedAt: this.now(),
    });
  }

  /** Every stored entry, decoded, in position order. */
  async leaves(): Promise<PositionedLeaf[]> {
    const storage = KyselyLogStorage.over(this.db);
    const rows = await storage.entries(0, Number.MAX_SAFE_INTEGER);
    return rows.map((row) => {
      const decoded = decodeLeaf(row.entry);
      if (!decoded.ok) {
        throw new GatewayError('INTERNAL', {
          message: `Transparency log entry ${row.seq} is unreadable (${decoded.problem}).`,
        });
      }
      return decoded.leaf;
    });
  }
}
