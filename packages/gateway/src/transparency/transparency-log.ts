import type { PrivateKey } from 'openpgp';
import { GatewayError } from '@nrm/client/errors';
import { encodeLeaf, leafBytes, messageIdOf, type LogEntryInput } from '@nrm/client/transparency';
import type { LogStorage } from '../store/log-store.js';
import { MerkleTree, hashLeaf, toHex, type Hash } from '@nrm/client/transparency';
import { signCheckpoint } from '@nrm/client/transparency';
import type { NoteSigner } from '@nrm/client/transparency';
import { signTreeHead, type SignedTreeHead } from '@nrm/client/transparency';

/** What {@link TransparencyLog.open} needs. */
export interface TransparencyLogOptions {
  storage: LogStorage;
  /** The gateway's (unlocked) private key: it signs the tree heads. */
  signingKey: PrivateKey;
  /** The clock for `appended_at`. */
  now: () => Date;
  /** Also sign every head as a C2SP checkpoint of log `origin` with this Ed25519 note key. */
  checkpoints?: { signer: NoteSigner; origin: string };
}

/** What {@link TransparencyLog.rebuild} found wrong with the stored log. */
export interface RebuiltLog {
  log: TransparencyLog;
  /** Empty when every entry matches its hash, positions are contiguous and the newest head fits. */
  problems: string[];
}

/** An inclusion proof as the API returns it. */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  /** Audit path, leaf to root, hex. */
  path: string[];
}

/** A consistency proof as the API returns it. */
export interface ConsistencyProof {
  oldSize: number;
  newSize: number;
  /** Hex hashes in RFC 9162 order. */
  proof: string[];
}

/**
 * The gateway's append-only transparency log: leaves in a {@link LogStorage}, the Merkle tree
 * of their hashes cached in memory (complete subtrees, so append and root are O(log n)),
 * tree heads signed with the gateway key. One writer per storage: appends are serialised
 * here and a position taken by anyone else makes the append fail instead of forking.
 */
export class TransparencyLog {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: TransparencyLogOptions,
    private readonly tree: MerkleTree,
  ) {}

  /**
   * Open a stored log: rebuild the tree from the stored leaves, checking every leaf hash
   * against its entry, the positions for gaps, and the newest stored signed head against
   * the rebuilt root. A log edited behind the gateway's back is refused (INTERNAL), so
   * the gateway never signs a head over a rewritten history.
   */
  static async open(options: TransparencyLogOptions): Promise<TransparencyLog> {
    const { log, problems } = await TransparencyLog.rebuild(options);
    const first = problems[0];
    if (first !== undefined) {
      throw inconsistent(first);
    }
    return log;
  }

  /**
   * Rebuild the tree from the stored entries as they are (each leaf hashed from its own
   * bytes) and list what does not fit: a stored hash that is not the entry's, a gap in the
   * positions, a newest signed head the entries no longer give. Used where the gateway must
   * keep running to report the damage (`/readyz`) instead of refusing to start.
   */
  static async rebuild(options: TransparencyLogOptions): Promise<RebuiltLog> {
    const tree = new MerkleTree();
    const problems: string[] = [];
    const batch = 10_000;
    const size = await options.storage.size();
    for (let from = 0; from < size; from += batch) {
      for (const leaf of await options.storage.entries(from, from + batch)) {
        const computed = hashLeaf(leafBytes(leaf.entry));
        if (leaf.seq !== tree.size) {
          problems.push(`entry ${tree.size} is missing (found ${leaf.seq} in its place)`);
        } else if (toHex(computed) !== leaf.leafHash) {
          problems.push(`entry ${leaf.seq} does not match its stored leaf hash`);
        }
        tree.append(computed);
      }
    }
    if (tree.size !== size) {
      problems.push(`the log has ${size} rows but only ${tree.size} contiguous entries`);
    }
    const heads = await options.storage.treeHeads();
    const newest = heads.at(-1);
    if (newest !== undefined) {
      if (newest.treeSize > tree.size) {
        problems.push(`a signed head covers ${newest.treeSize} entries; ${tree.size} remain`);
      } else if (toHex(tree.root(newest.treeSize)) !== newest.rootHash) {
        problems.push(`the entries no longer match the signed head of size ${newest.treeSize}`);
      }
    }
    return { log: new TransparencyLog(options, tree), problems };
  }

  /** The number of entries. */
  get size(): number {
    return this.tree.size;
  }

  /** The hex root hash of the first `treeSize` entries (default: all). */
  root(treeSize: number = this.tree.size): string {
    return toHex(this.tree.root(this.checkSize(treeSize, 0)));
  }

  /** Validate and append one entry; resolves with its position and leaf hash. */
  append(entry: LogEntryInput): Promise<{ seq: number; leafHash: string }> {
    return this.serialised(async () => {
      const seq = this.tree.size;
      let text: string;
      try {
        text = encodeLeaf(seq, entry);
      } catch (cause) {
        throw new GatewayError('SCHEMA_INVALID', {
          message: 'The transparency log entry is not a valid pseudonymous fact.',
          cause,
        });
      }
      const leaf = hashLeaf(leafBytes(text));
      const leafHash = toHex(leaf);
      await this.options.storage.append({
        seq,
        entry: text,
        leafHash,
        appendedAt: this.options.now().toISOString(),
        messageId: messageIdOf(entry),
      });
      this.tree.append(leaf);
      return { seq, leafHash };
    });
  }

  /** Sign (and store) a head over the current tree, timestamped `at`. */
  signedTreeHead(at: Date = this.options.now()): Promise<SignedTreeHead> {
    return this.serialised(async () => {
      await this.catchUp();
      const statement = {
        treeSize: this.tree.size,
        rootHash: toHex(this.tree.root()),
        timestamp: at.toISOString(),
      };
      const signed = await signTreeHead(statement, this.options.signingKey);
      const checkpoints = this.options.checkpoints;
      const head: SignedTreeHead =
        checkpoints === undefined
          ? signed
          : {
              ...signed,
              checkpoint: signCheckpoint(
                { origin: checkpoints.origin, ...statement },
                checkpoints.signer,
              ),
            };
      await this.options.storage.saveTreeHead(head);
      return head;
    });
  }

  /** RFC 9162 inclusion proof of entry `leafIndex` in the tree of `treeSize` (default: all). */
  inclusionProof(leafIndex: number, treeSize: number = this.tree.size): InclusionProof {
    const size = this.checkSize(treeSize, 1);
    if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= size) {
      throw new GatewayError('NOT_FOUND', {
        message: `No entry ${leafIndex} in a tree of ${size}.`,
        path: 'leafIndex',
      });
    }
    return {
      leafIndex,
      treeSize: size,
      leafHash: toHex(this.tree.leafHash(leafIndex)),
      path: this.tree.inclusionProof(leafIndex, size).map(toHex),
    };
  }

  /** RFC 9162 consistency proof from `oldSize` to `newSize` (default: all). */
  consistencyProof(oldSize: number, newSize: number = this.tree.size): ConsistencyProof {
    const size = this.checkSize(newSize, 0);
    if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > size) {
      throw new GatewayError('BAD_REQUEST', {
        message: `The old tree size must be between 0 and ${size}.`,
        path: 'oldSize',
      });
    }
    return { oldSize, newSize: size, proof: this.tree.consistencyProof(oldSize, size).map(toHex) };
  }

  /**
   * Take in the entries appended to the storage by someone else since the last look —
   * the gateway appends inside the transaction of the fact it records (`appendLeaves`),
   * so a rolled-back fact never reaches the tree. Each new leaf is checked like at open.
   */
  refresh(): Promise<void> {
    return this.serialised(() => this.catchUp());
  }

  private async catchUp(): Promise<void> {
    const size = await this.options.storage.size();
    if (size === this.tree.size) {
      return;
    }
    for (const leaf of await this.options.storage.entries(this.tree.size, size)) {
      const computed = hashLeaf(leafBytes(leaf.entry));
      if (leaf.seq !== this.tree.size || toHex(computed) !== leaf.leafHash) {
        throw inconsistent(`entry ${leaf.seq} does not continue the tree of ${this.tree.size}`);
      }
      this.tree.append(computed);
    }
  }

  /** The leaf hash of an entry, as bytes. */
  leafHash(seq: number): Hash {
    return this.tree.leafHash(seq);
  }

  private checkSize(treeSize: number, min: number): number {
    if (!Number.isSafeInteger(treeSize) || treeSize < min || treeSize > this.tree.size) {
      throw new GatewayError('BAD_REQUEST', {
        message: `The tree size must be between ${min} and ${this.tree.size}.`,
        path: 'treeSize',
      });
    }
    return treeSize;
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

function inconsistent(detail: string): GatewayError {
  return new GatewayError('INTERNAL', { message: `Transparency log inconsistent: ${detail}.` });
}
