import { ciphertextDeletableAt, type CiphertextHold, type RetentionPolicy } from '@nrm/domain';
import type { GatewayStore } from '../store/gateway-store.js';

/** One stored ciphertext as retention sees it: when it may go, and what holds it until then. */
export interface RetainedCiphertext {
  messageId: string;
  subject: string;
  deletableAt: string;
  heldBy: CiphertextHold;
}

/** What a sweep at `at` would delete now, and what it keeps (soonest first). */
export interface RetentionPreview {
  at: string;
  due: RetainedCiphertext[];
  kept: RetainedCiphertext[];
}

/** Who started a sweep: the gateway's timer, or the data protection officer ("run now"). */
export type SweepTrigger = 'schedule' | 'dpo';

/**
 * The retention sweep's plan at `at` without deleting anything (`ciphertextDeletableAt`:
 * the grace after the last acknowledgement, expiry for what was never received, the
 * evidence period for what was withheld). Due ones in id order, kept ones soonest first.
 */
export async function previewRetention(
  store: GatewayStore,
  policy: RetentionPolicy,
  at: Date,
): Promise<RetentionPreview> {
  const { messages, deliveries } = await store.retention.retained();
  const all = messages.map((m): RetainedCiphertext => {
    const retention = ciphertextDeletableAt(m, deliveries, policy);
    return { messageId: m.id, subject: m.subject, ...retention };
  });
  const isDue = (c: RetainedCiphertext) => Date.parse(c.deletableAt) <= at.getTime();
  return {
    at: at.toISOString(),
    due: all.filter(isDue).sort((a, b) => (a.messageId < b.messageId ? -1 : 1)),
    kept: all
      .filter((c) => !isDue(c))
      .sort((a, b) => Date.parse(a.deletableAt) - Date.parse(b.deletableAt)),
  };
}

/**
 * Delete every ciphertext whose retention has run out, and log it (`retention-sweep`) in
 * the same transaction. A scheduled sweep that deleted nothing leaves no entry, so the
 * timer does not fill the log; one the DPO runs is always logged. Returns the ids deleted,
 * in id order.
 */
export async function sweepRetention(
  store: GatewayStore,
  policy: RetentionPolicy,
  at: Date,
  trigger: SweepTrigger = 'schedule',
): Promise<string[]> {
  const { due } = await previewRetention(store, policy, at);
  return store.transaction(async (tx) => {
    const deleted: string[] = [];
    for (const { messageId } of due) {
      if (await tx.retention.deleteCiphertext(messageId, 'retention-elapsed', at)) {
        deleted.push(messageId);
      }
    }
    if (deleted.length > 0 || trigger === 'dpo') {
      await tx.log.append(
        [
          {
            kind: 'retention-sweep',
            at: at.toISOString(),
            trigger,
            deleted: deleted.length,
            ...(deleted.length === 0 ? {} : { messageIds: deleted }),
          },
        ],
        at,
      );
    }
    return deleted;
  });
}

/** The DPO's "run now" (HTTP and tRPC): a sweep at the gateway's clock, logged as theirs. */
export async function runRetentionSweepNow(ctx: {
  store: GatewayStore;
  retention: RetentionPolicy;
  clock: { now(): Date };
}): Promise<{ at: string; deleted: string[] }> {
  const at = ctx.clock.now();
  return {
    at: at.toISOString(),
    deleted: await sweepRetention(ctx.store, ctx.retention, at, 'dpo'),
  };
}

/** A timer running {@link sweepRetention}, like the webhook worker runs the delivery sweep. */
export interface RetentionWorker {
  runOnce(): Promise<string[]>;
  stop(): Promise<void>;
}

export function startRetentionWorker(
  ctx: { store: GatewayStore; retention: RetentionPolicy; clock: { now(): Date } },
  intervalMs: number,
  onError: (error: unknown) => void,
): RetentionWorker {
  // Settles, never rejects: the caller of runOnce gets the error, the next sweep waits. A
  // DPO's "run now" (runRetentionSweepNow) is its own transaction, which the store
  // serialises with this one.
  let running: Promise<void> | undefined;
  const runOnce = async (): Promise<string[]> => {
    while (running !== undefined) {
      await running;
    }
    const sweep = sweepRetention(ctx.store, ctx.retention, ctx.clock.now(), 'schedule');
    running = sweep.then(
      () => {
        running = undefined;
      },
      () => {
        running = undefined;
      },
    );
    return sweep;
  };
  const timer = setInterval(() => {
    runOnce().catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
