import { describe, expect, it } from 'vitest';
import { AuthFailureLimiter, FailureWindows } from './auth-failures.js';

describe('FailureWindows', () => {
  it('refuses a key at its limit until its window ends, then counts afresh', () => {
    const windows = new FailureWindows(3, 60_000);
    expect(windows.retryAfter('k', 0)).toBeUndefined();
    windows.fail('k', 0);
    windows.fail('k', 1000);
    expect(windows.retryAfter('k', 1000)).toBeUndefined();
    expect(windows.fail('k', 2000)).toEqual({ failures: 3, crossed: true });
    expect(windows.retryAfter('k', 2000)).toBe(58);
    expect(windows.retryAfter('other', 2000)).toBeUndefined();
    expect(windows.retryAfter('k', 60_000)).toBeUndefined();
    expect(windows.fail('k', 60_000)).toEqual({ failures: 1, crossed: false });
  });

  it('holds at most maxKeys keys, whatever a flood of new keys does', () => {
    const windows = new FailureWindows(3, 60_000, 100);
    for (let i = 0; i < 10_000; i++) {
      windows.fail(`k${i}`, i);
    }
    expect(windows.size).toBeLessThanOrEqual(100);
  });
});

describe('AuthFailureLimiter', () => {
  it('tells the operator once per window when a credential or an address crosses its limit', () => {
    const told: string[] = [];
    const limiter = new AuthFailureLimiter(
      { perCredential: 2, perAddress: 3, windowMs: 1000 },
      (key, failures) => told.push(`${key}=${failures}`),
    );
    for (let i = 0; i < 5; i++) {
      limiter.failCredential('c1', 0);
      limiter.failAddress('10.0.0.1', 0);
    }
    expect(told).toEqual(['credential:c1=2', 'address:10.0.0.1=3']);
  });
});
