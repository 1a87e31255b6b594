import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What became of a received message id: handed to the caller, rejected on the gateway, or
 * failed a check with the rejection not yet confirmed by the gateway (`reject-pending`).
 */
export type HandOutcome = 'handed-over' | 'rejected' | 'reject-pending';

/** Why a message was rejected: the stable code and message of the check it failed. */
export interface RecordedRejection {
  code: string;
  reason: string;
  path?: string;
}

interface LogFile {
  version: 1;
  ids: Record<string, HandOutcome>;
  /** Added later, optional: the rejection of each rejected or reject-pending id. */
  rejections?: Record<string, RecordedRejection>;
}

/**
 * The ids this recipient already handed to its caller (or rejected), persisted in a small
 * JSON file in a folder the caller owns. Redelivery — after a lost acknowledgement or a
 * manual redelivery — is therefore never handed over twice, and a rejection survives a crash
 * before the gateway heard of it. Writes are atomic (rename).
 */
export class HandedOverLog {
  private readonly file: string;
  private readonly ids: Map<string, HandOutcome>;
  private readonly rejections: Map<string, RecordedRejection>;

  constructor(stateDir: string) {
    mkdirSync(stateDir, { recursive: true });
    this.file = join(stateDir, 'handed-over.json');
    const log = readLog(this.file);
    this.ids = new Map(Object.entries(log.ids));
    this.rejections = new Map(Object.entries(log.rejections ?? {}));
  }

  /** The outcome recorded for an id, if any. */
  outcome(id: string): HandOutcome | undefined {
    return this.ids.get(id);
  }

  /** The rejection recorded for an id, if any. */
  rejection(id: string): RecordedRejection | undefined {
    return this.rejections.get(id);
  }

  /** Record an outcome (with its rejection, for a rejected id) and persist it before returning. */
  record(id: string, outcome: HandOutcome, rejection?: RecordedRejection): void {
    this.ids.set(id, outcome);
    if (rejection !== undefined) {
      this.rejections.set(id, rejection);
    }
    const content: LogFile = {
      version: 1,
      ids: Object.fromEntries(this.ids),
      ...(this.rejections.size === 0 ? {} : { rejections: Object.fromEntries(this.rejections) }),
    };
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
  return {
    version: 1,
    ids: parsed.ids,
    ...(typeof parsed.rejections === 'object' && parsed.rejections !== null
      ? { rejections: parsed.rejections }
      : {}),
  };
}
