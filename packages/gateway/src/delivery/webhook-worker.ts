import type { FastifyBaseLogger } from 'fastify';
import { GatewayError } from '../errors/gateway-error.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { toBase64 } from '../store/bytes.js';
import { backoffDelay } from './backoff.js';
import { sweepDeliveries } from './delivery-sweep.js';

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
    await sweepDeliveries(ctx.db, now);
    const due = await ctx.db
      .selectFrom('deliveries')
      .innerJoin('agencies', 'agencies.id', 'deliveries.recipient')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.message_id',
        'deliveries.recipient',
        'deliveries.attempts',
        'agencies.webhook_url',
        'messages.envelope',
        'messages.envelope_signature',
        'messages.payload',
      ])
      .where('deliveries.status', '=', 'accepted')
      .where('deliveries.next_attempt_at', '<=', now.toISOString())
      .where('agencies.webhook_url', 'is not', null)
      .orderBy('deliveries.next_attempt_at')
      .limit(20)
      .execute();
    for (const row of due) {
      const body = JSON.stringify({
        id: row.message_id,
        envelope: toBase64(row.envelope),
        envelopeSignature: row.envelope_signature,
        payload: toBase64(row.payload),
      });
      let failure: string | undefined;
      try {
        const response = await fetch(row.webhook_url ?? '', {
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
      const where = ctx.db
        .updateTable('deliveries')
        .where('message_id', '=', row.message_id)
        .where('recipient', '=', row.recipient)
        .where('status', '=', 'accepted');
      if (failure === undefined) {
        await where
          .set({
            status: 'delivered',
            attempts,
            delivered_at: at.toISOString(),
            next_attempt_at: null,
            last_error: null,
            updated_at: at.toISOString(),
          })
          .execute();
        ctx.metrics.deliveries.inc({ outcome: 'delivered' });
      } else if (attempts >= options.maxAttempts) {
        await where
          .set({
            status: 'dead-lettered',
            attempts,
            next_attempt_at: null,
            last_error: failure,
            status_reason: `webhook failed ${attempts} times`,
            updated_at: at.toISOString(),
          })
          .execute();
        ctx.metrics.deliveries.inc({ outcome: 'dead-lettered' });
        log.warn(
          { messageId: row.message_id, recipient: row.recipient, failure },
          'delivery dead-lettered',
        );
      } else {
        const next = new Date(
          at.getTime() + backoffDelay(attempts, options.baseDelayMs, options.maxDelayMs),
        );
        await where
          .set({
            attempts,
            next_attempt_at: next.toISOString(),
            last_error: failure,
            updated_at: at.toISOString(),
          })
          .execute();
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
  const result = await ctx.db
    .updateTable('deliveries')
    .set({
      status: 'accepted',
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      status_reason: 'redelivery requested',
      updated_at: at,
    })
    .where('message_id', '=', messageId)
    .where('recipient', '=', recipient)
    .where('status', 'in', ['dead-lettered', 'delivered'])
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new GatewayError('NOT_FOUND', {
      message: 'No dead-lettered or delivered delivery to redeliver.',
    });
  }
  ctx.wakeDelivery();
}
