import type { FastifyBaseLogger } from 'fastify';
import { GatewayError } from '@nrm/client/errors';
import type { GatewayContext } from '../context/gateway-context.js';
import { toBase64 } from '../store/bytes.js';
import { backoffDelay } from './backoff.js';
import { sweepDeliveries } from './delivery-sweep.js';

/** Deliveries one round claims and pushes. */
const CLAIM_BATCH = 20;

export interface WebhookOptions {
  /** After this many failed attempts a delivery is dead-lettered. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Idle poll interval; `wake()` runs a round at once. */
  pollMs: number;
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  maxAttempts: 8,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  pollMs: 1_000,
  timeoutMs: 10_000,
};

export interface WebhookWorker {
  wake(): void;
  /** Run one round now (tests, shutdown drain). */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Push deliveries to agencies that registered a webhook: POST the message (same shape as an
 * inbox entry); a 2xx makes it `delivered`, anything else schedules a retry with backoff and
 * jitter, and after `maxAttempts` it is `dead-lettered` until an operator redelivers it.
 */
export function startWebhookWorker(
  ctx: GatewayContext,
  options: WebhookOptions,
  log: FastifyBaseLogger,
): WebhookWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function attempt(): Promise<number> {
    const now = ctx.clock.now();
    await sweepDeliveries(ctx.store, now);
    // Claimed for longer than every push of the round may take, so no other worker takes one
    // while this one is still at it; a worker that dies leaves its claims to run out.
    const due = await ctx.store.claimDeliveries(
      now,
      options.timeoutMs * (CLAIM_BATCH + 1),
      CLAIM_BATCH,
    );
    for (const row of due) {
      const body = JSON.stringify({
        id: row.messageId,
        envelope: toBase64(row.envelope),
        envelopeSignature: row.envelopeSignature,
        payload: toBase64(row.payload),
      });
      let failure: string | undefined;
      try {
        const response = await fetch(row.webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        if (!response.ok) {
          failure = `HTTP ${response.status}`;
        }
      } catch (error) {
        failure = error instanceof Error ? error.message : 'network error';
      }
      const at = ctx.clock.now();
      const attempts = row.attempts + 1;
      const key = { messageId: row.messageId, recipient: row.recipient };
      const now = at.toISOString();
      if (failure === undefined) {
        const changed = await ctx.store.deliveries.transition('hand-over', key, now, {
          attempts,
          delivered_at: now,
          next_attempt_at: null,
          last_error: null,
          claimed_until: null,
        });
        if (changed > 0) {
          ctx.metrics.deliveries.inc({ outcome: 'delivered' });
        }
      } else if (attempts >= options.maxAttempts) {
        const changed = await ctx.store.deliveries.transition('dead-letter', key, now, {
          attempts,
          next_attempt_at: null,
          last_error: failure,
          status_reason: `webhook failed ${attempts} times`,
          claimed_until: null,
        });
        if (changed > 0) {
          ctx.metrics.deliveries.inc({ outcome: 'dead-lettered' });
          log.warn(
            { messageId: row.messageId, recipient: row.recipient, failure },
            'delivery dead-lettered',
          );
        }
      } else {
        const next = new Date(
          at.getTime() + backoffDelay(attempts, options.baseDelayMs, options.maxDelayMs),
        );
        await ctx.store.deliveries.scheduleRetry(key, attempts, next.toISOString(), failure, now);
        ctx.metrics.deliveries.inc({ outcome: 'retry' });
      }
    }
    return due.length;
  }

  function runOnce(): Promise<number> {
    running ??= attempt()
      .catch((error: unknown) => {
        log.error({ err: error }, 'webhook round failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
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

  schedule(options.pollMs);
  return {
    wake: () => schedule(0),
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Operator action: queue a dead-lettered (or delivered, unacknowledged) delivery again. Withheld and expired stay so. */
export async function redeliver(
  ctx: GatewayContext,
  messageId: string,
  recipient: string,
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const notice = { messageId, recipient, kind: 'redelivery' as const };
  const changed = await ctx.store.transaction(async (tx) => {
    const count = await tx.deliveries.transition('redeliver', { messageId, recipient }, at, {
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      status_reason: 'redelivery requested',
      claimed_until: null,
    });
    if (count > 0) {
      await ctx.transport.stage(tx, [notice]);
    }
    return count;
  });
  if (changed === 0) {
    throw new GatewayError('NOT_FOUND', {
      message: 'No dead-lettered or delivered delivery to redeliver.',
    });
  }
  ctx.transport.announce([notice]);
}
