import { describe, expect, it } from 'vitest';
import { DecisionStage } from '../jurisdiction/jurisdiction-profile.js';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { earliestConclusiveDecisionAt } from './earliest-conclusive-decision.js';

describe('earliestConclusiveDecisionAt', () => {
  it('SERBIA: the identification decision may be issued from the referral on', () => {
    expect(earliestConclusiveDecisionAt({ referredAt: '2026-03-01T10:00:00Z' }, SERBIA)).toBe(
      '2026-03-01T10:00:00.000Z',
    );
  });
  it('UNITED_KINGDOM: conclusive grounds no earlier than 30 days after the positive reasonable-grounds decision', () => {
    const clock = {
      referredAt: '2026-03-01T10:00:00Z',
      previousStageDecidedAt: '2026-03-06T10:00:00Z',
    };
    expect(earliestConclusiveDecisionAt(clock, UNITED_KINGDOM)).toBe('2026-04-05T10:00:00.000Z');
    expect(
      earliestConclusiveDecisionAt({ referredAt: '2026-03-01T10:00:00Z' }, UNITED_KINGDOM),
    ).toBeUndefined();
  });
  it('uses the stage marked conclusive, not the last one', () => {
    const stages = [
      DecisionStage.parse({ id: 'conclusive', label: 'C', conclusive: true, notBeforeDays: 10 }),
      DecisionStage.parse({ id: 'follow-up', label: 'F', conclusive: false, notBeforeDays: 50 }),
    ];
    expect(
      earliestConclusiveDecisionAt(
        { referredAt: '2026-03-01T10:00:00Z' },
        { decisionStages: stages },
      ),
    ).toBe('2026-03-11T10:00:00.000Z');
  });
});
