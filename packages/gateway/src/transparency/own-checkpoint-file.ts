import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openCheckpoint, type Checkpoint } from '@nrm/client/transparency';
import type { NoteVerifier } from '@nrm/client/transparency';

/**
 * The newest checkpoint the gateway signed, kept in a file beside its key (outside the data
 * folder when NRM_GATEWAY_KEY_DIR is set): the gateway's own witness. Someone who can edit
 * the database but not this folder cannot empty the heads table or roll the log back
 * without the gateway noticing at the next check.
 */
export class OwnCheckpointFile {
  constructor(
    private readonly file: string,
    private readonly verifier: NoteVerifier,
    private readonly origin: string,
  ) {}

  /** The stored checkpoint; `undefined` when there is none yet; throws when it is not ours. */
  read(): (Checkpoint & { note: string }) | undefined {
    if (!existsSync(this.file)) {
      return undefined;
    }
    return openCheckpoint(readFileSync(this.file, 'utf8'), this.verifier, this.origin);
  }

  /** Replace the stored checkpoint atomically (write, then rename). */
  write(note: string): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, note, { mode: 0o600 });
    renameSync(temporary, this.file);
  }
}
