import { describe, expect, it } from 'vitest';
import { GatewayError } from '@nrm/client';
import { withRetry } from './retry.js';

describe('withRetry', () => {
  it('retries transient failures with doubling pauses, then succeeds', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await withRetry(
      () => {
        calls += 1;
        return calls < 3
          ? Promise.reject(new GatewayError('GATEWAY_UNREACHABLE'))
          : Promise.resolve('accepted');
      },
      { attempts: 5, baseDelayMs: 100, sleep: (ms) => Promise.resolve(void pauses.push(ms)) },
    );
    expect(result).toBe('accepted');
    expect(pauses).toEqual([100, 200]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const attempt = () => Promise.reject(new GatewayError('RATE_LIMITED'));
    await expect(
      withRetry(attempt, { attempts: 2, baseDelayMs: 1, sleep: () => Promise.resolve() }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('never retries a refusal', async () => {
    let calls = 0;
    const attempt = () => {
      calls += 1;
      return Promise.reject(new GatewayError('CONSENT_MISSING'));
    };
    await expect(
      withRetry(attempt, { attempts: 5, baseDelayMs: 1, sleep: () => Promise.resolve() }),
    ).rejects.toMatchObject({ code: 'CONSENT_MISSING' });
    expect(calls).toBe(1);
  });
});
