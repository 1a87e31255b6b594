import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { GatewayError } from '../errors/index.js';
import { openCheckpoint, type Checkpoint } from '../transparency/checkpoint.js';
import { fromHex, verifyConsistency, type Hash } from '../transparency/merkle-tree.js';
import { parseVerifierKey, type NoteVerifier } from '../transparency/note-key.js';

/** What the witness asks the gateway: its note key, newest checkpoint and proofs. */
export interface WitnessSource {
  noteKey(): Promise<{ origin: string; verifierKey: string }>;
  checkpoint(): Promise<string>;
  consistency(oldSize: number, newSize: number): Promise<{ proof: string[] }>;
}

const WitnessFile = z.strictObject({
  origin: z.string(),
  verifierKey: z.string(),
  checkpoint: z.string().optional(),
});
type WitnessFile = z.infer<typeof WitnessFile>;

function fork(message: string): GatewayError {
  return new GatewayError('FORK_DETECTED', { message, path: 'checkpoint' });
}

/**
 * An agency as a witness of the gateway's log: it keeps the newest checkpoint it has seen
 * (in `<stateDir>/log-witness.json`) and accepts a new one only with a consistency proof
 * that the older tree is a prefix of the newer. A rewritten history, a rollback to a smaller
 * tree or two roots for one size is FORK_DETECTED; the held checkpoint is kept as evidence.
 * The note key is pinned: given (compared out of band) or taken on first use and kept.
 */
export class LogWitness {
  private readonly file: string;
  private state: WitnessFile | undefined;
  // Parsed once per key and per held note: every receipt is checked against both.
  private parsedKey: { text: string; verifier: NoteVerifier } | undefined;
  private opened: (Checkpoint & { note: string }) | undefined;

  constructor(
    stateDir: string,
    private readonly source: WitnessSource,
    private readonly pinnedKey?: string,
  ) {
    mkdirSync(stateDir, { recursive: true });
    this.file = join(stateDir, 'log-witness.json');
    if (existsSync(this.file)) {
      const parsed = WitnessFile.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (!parsed.success) {
        throw new GatewayError('SCHEMA_INVALID', {
          message: `${this.file} is not a log witness file.`,
          path: 'log-witness.json',
        });
      }
      this.state = parsed.data;
    }
  }

  /** The gateway's note verifier and log origin (pinned on first use). */
  async verifier(): Promise<{ verifier: NoteVerifier; origin: string }> {
    if (this.state === undefined) {
      const published = await this.source.noteKey();
      if (this.pinnedKey !== undefined && published.verifierKey !== this.pinnedKey) {
        throw fork(`The gateway publishes note key ${published.verifierKey}, not the pinned one.`);
      }
      this.state = { origin: published.origin, verifierKey: published.verifierKey };
      this.save();
    }
    return { verifier: this.keyVerifier(this.state.verifierKey), origin: this.state.origin };
  }

  /** The newest checkpoint this agency has seen, if any. */
  private held(): (Checkpoint & { note: string }) | undefined {
    const note = this.state?.checkpoint;
    if (note === undefined) {
      return undefined;
    }
    if (this.opened?.note !== note) {
      this.opened = this.open(note);
    }
    return this.opened;
  }

  /** Fetch the gateway's newest checkpoint and check it against the held one. */
  async check(): Promise<Checkpoint> {
    return this.observe(await this.source.checkpoint());
  }

  /**
   * Check a checkpoint from a receipt or the gateway (its note, or the note already opened
   * with this witness's verifier) against the held checkpoint and keep the newer. Throws
   * FORK_DETECTED when they cannot both be true.
   */
  async observe(checkpoint: string | (Checkpoint & { note: string })): Promise<Checkpoint> {
    await this.verifier();
    const seen = typeof checkpoint === 'string' ? this.open(checkpoint) : checkpoint;
    const held = this.held();
    if (held === undefined) {
      this.keep(seen);
      return seen;
    }
    const [older, newer] = held.treeSize <= seen.treeSize ? [held, seen] : [seen, held];
    if (older.treeSize === newer.treeSize) {
      if (older.rootHash !== newer.rootHash) {
        throw fork(`Two checkpoints of size ${older.treeSize} with different roots.`);
      }
      return seen;
    }
    let proof: (Hash | undefined)[];
    try {
      proof = (await this.source.consistency(older.treeSize, newer.treeSize)).proof.map(fromHex);
    } catch (error) {
      // Refusing the proof (a tree that shrank) is a rollback; a network failure is not.
      if (error instanceof GatewayError && error.status >= 400 && error.status < 500) {
        throw fork(
          `The gateway gives no consistency proof from ${older.treeSize} to ${newer.treeSize} entries (${error.message}).`,
        );
      }
      throw error;
    }
    const hashes = proof.filter((hash): hash is Hash => hash !== undefined);
    const consistent =
      hashes.length === proof.length &&
      verifyConsistency(
        older.treeSize,
        newer.treeSize,
        fromHex(older.rootHash) as Hash,
        fromHex(newer.rootHash) as Hash,
        hashes,
      );
    if (!consistent) {
      throw fork(
        `The log of ${newer.treeSize} entries is not an extension of the checkpoint of ${older.treeSize} entries this agency holds.`,
      );
    }
    if (seen.treeSize > held.treeSize) {
      this.keep(seen);
    }
    return seen;
  }

  private open(note: string): Checkpoint & { note: string } {
    if (this.state === undefined) {
      throw new GatewayError('INTERNAL', { message: 'The note key is read first.' });
    }
    return openCheckpoint(note, this.keyVerifier(this.state.verifierKey), this.state.origin);
  }

  private keyVerifier(text: string): NoteVerifier {
    if (this.parsedKey?.text !== text) {
      this.parsedKey = { text, verifier: parseVerifierKey(text) };
    }
    return this.parsedKey.verifier;
  }

  private keep(checkpoint: Checkpoint & { note: string }): void {
    if (this.state !== undefined) {
      this.state = { ...this.state, checkpoint: checkpoint.note };
      this.opened = checkpoint;
      this.save();
    }
  }

  private save(): void {
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state, null, 2));
    renameSync(temporary, this.file);
  }
}
