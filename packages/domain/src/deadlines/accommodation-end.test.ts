import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { accommodationEndsAt } from './accommodation-end.js';

describe('accommodationEndsAt', () => {
  it('SERBIA: state-funded for 183 days (6 months) for a citizen', () => {
    expect(accommodationEndsAt({ startedAt: '2026-01-01T00:00:00Z' }, SERBIA)).toBe(
      '2026-07-03T00:00:00.000Z',
    );
  });
  it('SERBIA: for a foreigner with a permit, until the permit ends', () => {
    const permit = { validFrom: '2026-02-01T00:00:00Z', extensions: [] };
    expect(accommodationEndsAt({ startedAt: '2026-01-01T00:00:00Z', permit }, SERBIA)).toBe(
      '2027-02-01T00:00:00.000Z',
    );
  });
  it('SERBIA: a permit ending before the funded period does not shorten it', () => {
    const permit = { validFrom: '2025-03-01T00:00:00Z', extensions: [] };
    expect(accommodationEndsAt({ startedAt: '2026-01-01T00:00:00Z', permit }, SERBIA)).toBe(
      '2026-07-03T00:00:00.000Z',
    );
  });
  it('UNITED_KINGDOM: no fixed accommodation period; support follows the decisions', () => {
    expect(
      accommodationEndsAt({ startedAt: '2026-01-01T00:00:00Z' }, UNITED_KINGDOM),
    ).toBeUndefined();
  });
});
