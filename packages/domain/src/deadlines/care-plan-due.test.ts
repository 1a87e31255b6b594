import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { carePlanDueAt } from './care-plan-due.js';

describe('carePlanDueAt', () => {
  it('SERBIA: two weeks after the immediate plan was completed', () => {
    expect(carePlanDueAt('2026-03-01T10:00:00Z', SERBIA)).toBe('2026-03-15T10:00:00.000Z');
  });
  it('UNITED_KINGDOM: no sourced deadline (the 14 days had none); a profile value is read', () => {
    expect(carePlanDueAt('2026-03-01T10:00:00Z', UNITED_KINGDOM)).toBeUndefined();
    expect(carePlanDueAt('2026-03-01T10:00:00Z', { ...UNITED_KINGDOM, carePlanDueDays: 7 })).toBe(
      '2026-03-08T10:00:00.000Z',
    );
  });
});
