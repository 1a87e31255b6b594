import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One refused native record as the reject file holds it (one JSON object per line). */
export interface RejectedRecord {
  readonly nativeId: string;
  readonly code: string;
  readonly message: string;
  readonly path: string;
  /** Where the record came from (file name, webhook, poll URL). */
  readonly source: string;
}

/** The reject file: what an operator reads to fix and resend records the exchange refused. */
export class RejectFile {
  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }

  append(record: RejectedRecord): void {
    appendFileSync(this.file, `${JSON.stringify(record)}\n`);
  }
}
