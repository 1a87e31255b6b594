import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt and keeps the jitter in the upper half', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, () => 1)).toBe(4000);
    expect(backoffDelay(30, 1000, 60_000, () => 1)).toBe(60_000);
  });

  it('stays within [ceiling/2, ceiling] and never exceeds the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 3_600_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempts, base, cap, r) => {
          const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
          const delay = backoffDelay(attempts, base, cap, () => r);
          return delay >= Math.floor(ceiling / 2) && delay <= Math.ceil(ceiling) && delay <= cap;
        },
      ),
    );
  });
});
