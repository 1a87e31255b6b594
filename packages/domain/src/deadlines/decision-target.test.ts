import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { decisionTargetAt } from './decision-target.js';

const [rg] = UNITED_KINGDOM.decisionStages;

describe('decisionTargetAt', () => {
  it('UNITED_KINGDOM: the reasonable-grounds target is 5 working days from referral', () => {
    // Referred on a Thursday: Fri, Mon, Tue, Wed, Thu.
    expect(decisionTargetAt({ referredAt: '2026-03-05T10:00:00Z' }, rg!)).toBe(
      '2026-03-12T10:00:00.000Z',
    );
  });
  it('SERBIA: no target for the identification decision', () => {
    expect(
      decisionTargetAt({ referredAt: '2026-03-05T10:00:00Z' }, SERBIA.decisionStages[0]!),
    ).toBeUndefined();
  });
});
