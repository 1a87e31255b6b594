import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { earliestConclusiveDecisionAt } from './earliest-conclusive-decision.js';

describe('earliestConclusiveDecisionAt', () => {
  it('SERBIA: the identification decision may be issued from the referral on', () => {
    expect(earliestConclusiveDecisionAt('2026-03-01T10:00:00Z', SERBIA)).toBe(
      '2026-03-01T10:00:00.000Z',
    );
  });
  it('UNITED_KINGDOM: the conclusive-grounds decision no earlier than 30 days after referral', () => {
    expect(earliestConclusiveDecisionAt('2026-03-01T10:00:00Z', UNITED_KINGDOM)).toBe(
      '2026-03-31T10:00:00.000Z',
    );
  });
  it('uses the stage marked conclusive, not the last one', () => {
    const stages = [
      { id: 'conclusive', label: 'C', conclusive: true, notBeforeDays: 10 },
      { id: 'follow-up', label: 'F', conclusive: false, notBeforeDays: 50 },
    ];
    expect(earliestConclusiveDecisionAt('2026-03-01T10:00:00Z', { decisionStages: stages })).toBe(
      '2026-03-11T10:00:00.000Z',
    );
  });
});
