import { describe, expect, it } from 'vitest';
import { serverLimitsFromEnv } from './server-config.js';

describe('serverLimitsFromEnv', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(serverLimitsFromEnv({})).toEqual({
      rateLimitPerMinute: 600,
      bodyLimit: 2 * 1024 * 1024,
      authFailures: { perCredential: 10, perAddress: 30, windowMs: 60_000 },
    });
  });

  it('reads every limit', () => {
    expect(
      serverLimitsFromEnv({
        NRM_RATE_LIMIT_PER_MINUTE: '100',
        NRM_BODY_LIMIT_BYTES: '2048',
        NRM_AUTH_FAILURES_PER_CREDENTIAL: '3',
        NRM_AUTH_FAILURES_PER_ADDRESS: '7',
        NRM_AUTH_FAILURE_WINDOW_SECONDS: '300',
      }),
    ).toEqual({
      rateLimitPerMinute: 100,
      bodyLimit: 2048,
      authFailures: { perCredential: 3, perAddress: 7, windowMs: 300_000 },
    });
  });

  it('stops the start on a value that is not a positive whole number, naming the variable', () => {
    for (const raw of ['0', '-1', '1.5', 'many']) {
      expect(() => serverLimitsFromEnv({ NRM_AUTH_FAILURES_PER_ADDRESS: raw })).toThrowError(
        expect.objectContaining({ code: 'BAD_REQUEST', path: 'NRM_AUTH_FAILURES_PER_ADDRESS' }),
      );
    }
  });
});
