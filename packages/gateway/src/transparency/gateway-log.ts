import { readKey, type PrivateKey } from 'openpgp';
import { GatewayError } from '@nrm/client/errors';
import type { GatewayStore } from '../store/gateway-store.js';
import { exportLog } from './export.js';
import { decodeLeaf, type LogEntryInput, type LogLeaf } from '@nrm/client/transparency';
import { TransparencyLog, type ConsistencyProof, type InclusionProof } from './transparency-log.js';
import type { SignedTreeHead, Checkpoint, NoteSigner } from '@nrm/client/transparency';
import { checkStoredLog, type LogState } from './log-state.js';
import { OwnCheckpointFile } from './own-checkpoint-file.js';

/** One entry with its position, as the DPO queries read it. */
export type PositionedLeaf = LogLeaf;

/** How the gateway signs and checks its log (see `start-gateway.ts`). */
export interface GatewayLogOptions {
  /** Sign every head also as a C2SP checkpoint of log `origin` with this Ed25519 note key. */
  checkpoints: { signer: NoteSigner; origin: string };
  /** The file of the gateway's own newest checkpoint (beside its key, outside the database). */
  ownCheckpointFile?: string;
}

/** A log entry with its inclusion proof, as a receipt carries it. */
export interface ProvenEntry {
  index: number;
  /** The canonical leaf text (pseudonymous facts only). */
  leaf: string;
  /** RFC 9162 audit path to the checkpoint's root, hex. */
  proof: string[];
}

/** The checkpoint that covers a message's entries, and the entries' inclusion proofs. */
export interface LogProof {
  checkpoint: string;
  entries: ProvenEntry[];
}

/**
 * The gateway's transparency log over its own store: facts are appended inside their
 * transactions (`GatewayStore.log`); heads, proofs and exports come from the
 * {@link TransparencyLog}, which catches up with the stored rows before answering.
 * With {@link GatewayLogOptions} it also keeps its verification state: a log found edited
 * outside the gateway is reported (`/readyz`, LOG_NOT_VERIFIED) and never signed over.
 */
export class GatewayLog {
  private state: LogState;
  private ownCheckpoint: (Checkpoint & { note: string }) | undefined;
  private newestHead: SignedTreeHead | undefined;
  private checking: Promise<LogState> | undefined;
  private ownFileProblem: string | undefined;

  private constructor(
    private readonly store: GatewayStore,
    private readonly log: TransparencyLog,
    private readonly publicKeyArmored: string,
    private readonly now: () => Date,
    private readonly options: GatewayLogOptions | undefined,
    private readonly ownFile: OwnCheckpointFile | undefined,
  ) {
    this.state = { verified: true, treeSize: log.size, signedTreeSize: 0, checkedAt: '' };
  }

  /**
   * Open the stored log. Without options it refuses a log edited behind the gateway's back;
   * with them it opens whatever is stored and checks it against the signed heads and the
   * gateway's own newest checkpoint, so a damaged log is reported instead of hidden.
   */
  static async open(
    store: GatewayStore,
    key: { privateKey: PrivateKey; publicKey: string },
    now: () => Date,
    options?: GatewayLogOptions,
  ): Promise<GatewayLog> {
    const logOptions = {
      storage: store.logStorage,
      signingKey: key.privateKey,
      now,
      ...(options === undefined ? {} : { checkpoints: options.checkpoints }),
    };
    if (options === undefined) {
      return new GatewayLog(
        store,
        await TransparencyLog.open(logOptions),
        key.publicKey,
        now,
        undefined,
        undefined,
      );
    }
    const { log } = await TransparencyLog.rebuild(logOptions);
    const ownFile =
      options.ownCheckpointFile === undefined
        ? undefined
        : new OwnCheckpointFile(
            options.ownCheckpointFile,
            options.checkpoints.signer,
            options.checkpoints.origin,
          );
    const gatewayLog = new GatewayLog(store, log, key.publicKey, now, options, ownFile);
    try {
      gatewayLog.ownCheckpoint = ownFile?.read();
    } catch (error) {
      // Replaced or damaged: evidence of tampering, reported (not a refusal to start).
      gatewayLog.ownFileProblem = `the gateway's own checkpoint file is not its own (${(error as Error).message})`;
    }
    gatewayLog.newestHead = (await store.logStorage.treeHeads()).at(-1);
    await gatewayLog.verify();
    return gatewayLog;
  }

  /** The verification state of the last check. */
  get verification(): LogState {
    return this.state;
  }

  /**
   * Recompute the tree from the stored entries and compare it with the signed heads, the
   * gateway's own newest checkpoint and the tree in memory (see `log-state.ts`). Once found
   * unverified the log stays so until an operator has looked: restart after repair.
   */
  verify(): Promise<LogState> {
    // Concurrent callers (probes, the worker) share one pass over the entries.
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async check(): Promise<LogState> {
    if (!this.state.verified && this.state.checkedAt !== '') {
      return this.state;
    }
    await this.log.refresh().catch(() => undefined);
    const checked = await checkStoredLog(
      this.store.logStorage,
      {
        inMemory: { size: this.log.size, root: (size) => this.log.root(size) },
        ownCheckpoint: this.ownCheckpoint,
      },
      this.now(),
    );
    this.state =
      this.ownFileProblem === undefined
        ? checked
        : {
            verified: false,
            problems: [this.ownFileProblem, ...(checked.verified ? [] : checked.problems)],
            checkedAt: checked.checkedAt,
          };
    return this.state;
  }

  /** Throws LOG_NOT_VERIFIED (503) when the last check found the log edited. */
  assertVerified(): void {
    if (!this.state.verified) {
      throw new GatewayError('LOG_NOT_VERIFIED', {
        message: `The transparency log is not verified: ${this.state.problems[0] ?? 'unknown'}.`,
      });
    }
  }

  /** The tree size of the newest signed head (0 when none). */
  get signedSize(): number {
    return this.newestHead?.treeSize ?? 0;
  }

  /** The number of stored entries, after taking in those appended since the last look. */
  async currentSize(): Promise<number> {
    await this.log.refresh();
    return this.log.size;
  }

  /** The newest signed checkpoint note; one is signed first when none exists yet. */
  async latestCheckpoint(): Promise<string> {
    const head = this.newestHead;
    const own = this.ownCheckpoint;
    if (own !== undefined && (head?.checkpoint === undefined || own.treeSize > head.treeSize)) {
      return own.note;
    }
    if (head?.checkpoint !== undefined) {
      return head.checkpoint;
    }
    return this.requireCheckpoint(await this.signedTreeHead());
  }

  /**
   * The checkpoint covering the entries about `messageId` (those `about` selects) and their
   * inclusion proofs. The newest head is reused when it covers them; else one is signed.
   */
  async proofOf(messageId: string, about: (leaf: LogLeaf) => boolean): Promise<LogProof> {
    await this.log.refresh();
    const rows = await this.store.logStorage.entriesAbout(messageId);
    const mine = rows.filter((row) => {
      const decoded = decodeLeaf(row.entry);
      return (
        decoded.ok &&
        'messageId' in decoded.leaf &&
        decoded.leaf.messageId === messageId &&
        about(decoded.leaf)
      );
    });
    const needed = Math.max(0, ...mine.map((row) => row.seq + 1));
    let head = this.newestHead;
    if (head?.checkpoint === undefined || head.treeSize < needed) {
      head = await this.signedTreeHead();
    }
    const size = head.treeSize;
    return {
      checkpoint: this.requireCheckpoint(head),
      entries: mine.map((row) => ({
        index: row.seq,
        leaf: row.entry,
        proof: this.log.inclusionProof(row.seq, size).path,
      })),
    };
  }

  private requireCheckpoint(head: SignedTreeHead): string {
    if (head.checkpoint === undefined) {
      throw new GatewayError('INTERNAL', { message: 'The gateway signs no checkpoints.' });
    }
    return head.checkpoint;
  }

  /** Append entries in a transaction of their own (facts that have no other row). */
  async record(entries: readonly LogEntryInput[]): Promise<void> {
    await this.store.record(entries, this.now());
  }

  /**
   * Sign and store a head over every entry stored so far, and keep its checkpoint as the
   * gateway's own newest. Refused (LOG_NOT_VERIFIED) over a log found edited.
   */
  async signedTreeHead(): Promise<SignedTreeHead> {
    this.assertVerified();
    const head = await this.log.signedTreeHead(this.now());
    if (head.checkpoint !== undefined && this.options !== undefined) {
      this.ownFile?.write(head.checkpoint);
      this.ownCheckpoint = {
        origin: this.options.checkpoints.origin,
        ...head,
        note: head.checkpoint,
      };
    }
    this.newestHead = head;
    return head;
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

  /**
   * The export an auditor verifies offline; a fresh head is signed first so it covers all —
   * unless the log failed its check: then it is exported as stored, for the investigation.
   */
  async export(): Promise<string> {
    if (this.state.verified) {
      await this.signedTreeHead();
    }
    return exportLog(this.store.logStorage, {
      gatewayKey: await readKey({ armoredKey: this.publicKeyArmored }),
      exportedAt: this.now(),
    });
  }

  /** Every stored entry, decoded, in position order. */
  async leaves(): Promise<PositionedLeaf[]> {
    const storage = this.store.logStorage;
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
