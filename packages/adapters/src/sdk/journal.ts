import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { SubmitBody } from '@nrm/client';

/**
 * What the journal knows about one outgoing message, keyed by adapter, native record id,
 * content digest and the message's index among the record's messages.
 * - `prepared`: sealed and about to be submitted; the exact submission is kept so a restart
 *   resubmits the same bytes (the gateway answers an identical resubmit with its earlier
 *   answer, so a crash between submit and `sent` never sends twice).
 * - `sent`: accepted by the gateway under `messageId`.
 * - `rejected`: refused for good (bad record, or a gateway refusal); in the reject file.
 */
export type JournalEntry =
  | { kind: 'prepared'; key: string; submission: SubmitBody }
  | { kind: 'sent'; key: string; messageId: string }
  | { kind: 'rejected'; key: string; code: string }
  | { kind: 'written'; key: string };

/**
 * An append-only JSON-lines journal, fsynced on every append: the runner's memory across
 * restarts without a native database dependency. A torn last line (a crash mid-write) is
 * ignored on load; every complete line before it stands.
 */
export class Journal {
  private readonly entries = new Map<string, JournalEntry>();
  private readonly fd: number;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    for (const line of text.split('\n')) {
      const entry = parseLine(line);
      if (entry !== undefined) {
        this.entries.set(entry.key, entry);
      }
    }
    this.fd = openSync(file, 'a');
    if (text !== '' && !text.endsWith('\n')) {
      // End the torn line, or the next entry would be glued to it and lost.
      writeSync(this.fd, '\n');
    }
  }

  /** The newest entry for a key. */
  get(key: string): JournalEntry | undefined {
    return this.entries.get(key);
  }

  /** Every key whose newest entry is `prepared`: submissions a crash may have interrupted. */
  pending(): Extract<JournalEntry, { kind: 'prepared' }>[] {
    return [...this.entries.values()].filter(
      (entry): entry is Extract<JournalEntry, { kind: 'prepared' }> => entry.kind === 'prepared',
    );
  }

  append(entry: JournalEntry): void {
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(this.fd);
    this.entries.set(entry.key, entry);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function parseLine(line: string): JournalEntry | undefined {
  if (line.trim() === '') {
    return undefined;
  }
  try {
    const value = JSON.parse(line) as Partial<JournalEntry>;
    return typeof value.key === 'string' && typeof value.kind === 'string'
      ? (value as JournalEntry)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The journal key of the `index`-th message of a native record with this content digest. */
export function journalKey(
  adapter: string,
  nativeId: string,
  digest: string,
  index: number,
): string {
  return JSON.stringify([adapter, nativeId, digest, index]);
}
