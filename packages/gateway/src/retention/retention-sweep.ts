import { ciphertextDeletableAt, type RetentionPolicy } from '@nrm/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.js';
import { deleteCiphertext, retainedMessages } from './stored-subject.js';

/**
 * Delete every ciphertext whose retention has run out (`ciphertextDeletableAt`: the grace
 * after the last acknowledgement, expiry for what was never received, the evidence period
 * for what was withheld). Returns the ids deleted, in id order.
 */
export async function sweepRetention(
  db: Kysely<Database>,
  policy: RetentionPolicy,
  at: Date,
): Promise<string[]> {
  const { messages, deliveries } = await retainedMessages(db);
  const due = messages
    .filter(
      (m) => Date.parse(ciphertextDeletableAt(m, deliveries, policy).deletableAt) <= at.getTime(),
    )
    .map((m) => m.id)
    .sort();
  const deleted: string[] = [];
  for (const id of due) {
    const done = await db
      .transaction()
      .execute((trx) => deleteCiphertext(trx, id, 'retention-elapsed', at));
    if (done) {
      deleted.push(id);
    }
  }
  return deleted;
}

/** A timer running {@link sweepRetention}, like the webhook worker runs the delivery sweep. */
export interface RetentionWorker {
  runOnce(): Promise<string[]>;
  stop(): Promise<void>;
}

export function startRetentionWorker(
  ctx: { db: Kysely<Database>; retention: RetentionPolicy; clock: { now(): Date } },
  intervalMs: number,
  onError: (error: unknown) => void,
): RetentionWorker {
  let running: Promise<string[]> | undefined;
  const runOnce = (): Promise<string[]> => {
    running ??= sweepRetention(ctx.db, ctx.retention, ctx.clock.now()).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    runOnce().catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
