import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { supportEndsAt } from './support-end.js';

describe('supportEndsAt', () => {
  it('UNITED_KINGDOM: 45 days after the positive conclusive-grounds decision, not after referral', () => {
    expect(supportEndsAt('2026-05-01T10:00:00Z', UNITED_KINGDOM)).toBe('2026-06-15T10:00:00.000Z');
  });
  it('SERBIA: no such period', () => {
    expect(supportEndsAt('2026-05-01T10:00:00Z', SERBIA)).toBeUndefined();
  });
});
