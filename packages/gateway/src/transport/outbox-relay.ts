import type { OutboxEntry, OutboxStore } from '../store/outbox-store.js';

/** Where the relay publishes: resolves once the broker acknowledged every entry. */
export interface NoticeProducer {
  send(entries: readonly OutboxEntry[]): Promise<void>;
}

export interface OutboxRelayOptions {
  /** Unique per relay (process): the lease names it. */
  holder: string;
  /** How long a lease lasts without renewal: a relay that died is replaced after this. */
  leaseMs: number;
  batchSize: number;
  /** Idle poll: rows staged by a process whose relay is gone get published too. */
  pollMs: number;
  /** Published notices are deleted after this (kept a while for an operator's questions). */
  keepPublishedMs: number;
}

export const DEFAULT_RELAY_OPTIONS: Omit<OutboxRelayOptions, 'holder'> = {
  leaseMs: 15_000,
  batchSize: 500,
  pollMs: 1_000,
  keepPublishedMs: 24 * 3_600_000,
};

export interface OutboxRelay {
  wake(): void;
  /** Publish everything unpublished now, if this relay holds (or gets) the lease. */
  runOnce(): Promise<number>;
  /** Stop polling, publish what is left, give the lease up. */
  stop(): Promise<void>;
}

/**
 * One relay step up to the broker's acknowledgement: take the lease, read the oldest
 * unpublished notices and produce them. `undefined` when another relay holds the lease.
 * A relay that dies after this step and before `markPublished` leaves the rows unpublished:
 * the next lease holder sends them again (at-least-once; a notice is only a wake-up).
 */
export async function produceBatch(
  outbox: OutboxStore,
  producer: NoticeProducer,
  options: Pick<OutboxRelayOptions, 'holder' | 'leaseMs' | 'batchSize'>,
  now: Date,
): Promise<OutboxEntry[] | undefined> {
  const held = await outbox.lease(options.holder, now, new Date(now.getTime() + options.leaseMs));
  if (!held) {
    return undefined;
  }
  const entries = await outbox.unpublished(options.batchSize);
  if (entries.length > 0) {
    await producer.send(entries);
  }
  return entries;
}

/**
 * The outbox relay: only the lease holder publishes, in `seq` order, so several relays (one
 * per process) neither interleave nor double-publish while all are healthy.
 */
export function startOutboxRelay(
  outbox: OutboxStore,
  producer: NoticeProducer,
  options: OutboxRelayOptions,
  now: () => Date,
  onError: (error: unknown) => void,
): OutboxRelay {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  async function drain(): Promise<number> {
    let published = 0;
    for (;;) {
      const batch = await produceBatch(outbox, producer, options, now());
      if (batch === undefined) {
        return published;
      }
      if (batch.length === 0) {
        // Only the lease holder prunes, when it has nothing to publish.
        await outbox.prunePublished(new Date(now().getTime() - options.keepPublishedMs));
        return published;
      }
      published += await outbox.markPublished(
        batch.map((e) => e.seq),
        now(),
      );
      if (batch.length < options.batchSize) {
        return published;
      }
    }
  }

  function runOnce(): Promise<number> {
    if (running !== undefined) {
      // A wake during a round: rows committed after its read get a round of their own.
      again = true;
      return running;
    }
    running = drain()
      .catch((error: unknown) => {
        onError(error);
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          schedule(0);
        }
      });
    return running;
  }

  function schedule(delay: number): void {
    if (stopped) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      void runOnce().then(() => schedule(options.pollMs));
    }, delay);
    timer.unref();
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await runOnce();
      await outbox.release(options.holder).catch(onError);
    },
  };
}
