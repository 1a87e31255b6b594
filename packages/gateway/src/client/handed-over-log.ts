import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What became of a received message id. */
export type HandOutcome = 'handed-over' | 'rejected';

interface LogFile {
  version: 1;
  ids: Record<string, HandOutcome>;
}

/**
 * The ids this recipient already handed to its caller (or rejected), persisted in a small
 * JSON file in a folder the caller owns. Redelivery — after a lost acknowledgement or a
 * manual redelivery — is therefore never handed over twice. Writes are atomic (rename).
 */
export class HandedOverLog {
  private readonly file: string;
  private readonly ids: Map<string, HandOutcome>;

  constructor(stateDir: string) {
    mkdirSync(stateDir, { recursive: true });
    this.file = join(stateDir, 'handed-over.json');
    this.ids = new Map(Object.entries(readLog(this.file).ids));
  }

  /** The outcome recorded for an id, if any. */
  outcome(id: string): HandOutcome | undefined {
    return this.ids.get(id);
  }

  /** Record an outcome and persist it before returning. */
  record(id: string, outcome: HandOutcome): void {
    this.ids.set(id, outcome);
    const content: LogFile = { version: 1, ids: Object.fromEntries(this.ids) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, this.file);
  }
}

function readLog(file: string): LogFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { version: 1, ids: {} };
    }
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<LogFile>;
  if (parsed.version !== 1 || typeof parsed.ids !== 'object' || parsed.ids === null) {
    throw new Error(`${file} is not a handed-over log of version 1.`);
  }
  return { version: 1, ids: parsed.ids };
}
