import { GatewayError } from '@nrm/client';

/** Gateway failures that may pass: worth another attempt after a pause. */
const TRANSIENT = new Set(['GATEWAY_UNREACHABLE', 'RATE_LIMITED', 'INTERNAL']);

export function isTransient(error: unknown): boolean {
  return error instanceof GatewayError && TRANSIENT.has(error.code);
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** Pause before the second attempt; doubled for each further one. */
  readonly baseDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told of each failed attempt that will be retried. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** Run `action`, retrying transient gateway failures with exponential backoff. */
export async function withRetry<T>(action: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (!isTransient(error) || attempt >= options.attempts) {
        throw error;
      }
      const delayMs = options.baseDelayMs * 2 ** (attempt - 1);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
