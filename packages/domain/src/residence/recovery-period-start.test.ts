import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { recoveryPeriodStartsAt } from './recovery-period-start.js';

const facts = {
  grantedAt: '2026-03-02T10:00:00Z',
  positiveFirstStageDecisionAt: '2026-03-06T10:00:00Z',
};

describe('recoveryPeriodStartsAt', () => {
  it('UNITED_KINGDOM: from the positive reasonable-grounds decision, not the referral', () => {
    expect(recoveryPeriodStartsAt(facts, UNITED_KINGDOM)).toBe('2026-03-06T10:00:00Z');
    expect(recoveryPeriodStartsAt({ grantedAt: facts.grantedAt }, UNITED_KINGDOM)).toBeUndefined();
  });
  it('SERBIA: when the CPTV grants it (L1280-1284)', () => {
    expect(recoveryPeriodStartsAt(facts, SERBIA)).toBe('2026-03-02T10:00:00Z');
  });
});
