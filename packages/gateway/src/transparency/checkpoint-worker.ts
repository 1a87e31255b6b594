import type { GatewayLog } from './gateway-log.js';

/** When the gateway signs a checkpoint on its own (besides every receipt's). */
export interface CheckpointSchedule {
  /** Sign once this many entries are not yet covered by a signed head. */
  everyEntries: number;
  /** Sign at least this often while entries are not covered. */
  everyMs: number;
}

export const DEFAULT_CHECKPOINT_SCHEDULE: CheckpointSchedule = {
  everyEntries: 100,
  everyMs: 60_000,
};

/** The running signer; `stop()` signs a last checkpoint over whatever is not yet covered. */
export interface CheckpointWorker {
  /** Check the log and sign when the schedule says so; resolves when done. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Sign tree heads without anyone asking: every `everyEntries` uncovered entries (looked at
 * each second, or each `everyMs` if shorter) or `everyMs` after the first uncovered entry,
 * and once more at shutdown — so entries that no receipt covered (denials, key and policy
 * events) are not left unsigned, where a database editor could change them unnoticed.
 * Once per `everyMs` it also re-checks the stored log (`GatewayLog.verify`); a log found
 * edited is never signed over.
 */
export function startCheckpointWorker(
  log: GatewayLog,
  schedule: CheckpointSchedule,
  now: () => Date,
  onError: (error: unknown) => void,
): CheckpointWorker {
  let uncoveredSince: number | undefined;
  let verifiedAt = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | undefined;
  const round = async (force: boolean): Promise<void> => {
    const at = now().getTime();
    // The full re-check reads every entry: once per period, not every second.
    if (force || at - verifiedAt >= schedule.everyMs) {
      await log.verify();
      verifiedAt = at;
    }
    if (!log.verification.verified) {
      return;
    }
    const uncovered = (await log.currentSize()) - log.signedSize;
    if (uncovered <= 0) {
      uncoveredSince = undefined;
      return;
    }
    uncoveredSince ??= at;
    if (force || uncovered >= schedule.everyEntries || at - uncoveredSince >= schedule.everyMs) {
      await log.signedTreeHead();
      uncoveredSince = undefined;
    }
  };
  const tick = (force = false): Promise<void> => {
    running ??= round(force).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(
    () => {
      tick().catch(onError);
    },
    Math.max(10, Math.min(1000, schedule.everyMs)),
  );
  timer.unref();
  return {
    tick: () => tick(),
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
      await tick(true);
    },
  };
}
