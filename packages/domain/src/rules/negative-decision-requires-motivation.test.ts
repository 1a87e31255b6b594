import { describe, expect, it } from 'vitest';
import {
  ASTRA,
  CPTV,
  grant,
  motivation,
  refusal,
} from '../procedure/__fixtures__/identification.js';
import { negativeDecisionRequiresMotivation } from './negative-decision-requires-motivation.js';

describe('NEGATIVE_DECISION_REQUIRES_MOTIVATION', () => {
  it('accepts a refusal with written reasons sent to the person and the first responder', () => {
    expect(negativeDecisionRequiresMotivation(refusal(), ASTRA)).toEqual([]);
  });

  it('does not ask a grant for a motivation', () => {
    expect(negativeDecisionRequiresMotivation(grant(), ASTRA)).toEqual([]);
  });

  it('refuses a refusal without motivation', () => {
    const { motivation: _m, ...bare } = refusal();
    expect(negativeDecisionRequiresMotivation(bare, ASTRA)).toEqual([
      {
        code: 'NEGATIVE_DECISION_REQUIRES_MOTIVATION',
        message: 'a refusal needs a written motivation',
        path: ['motivation'],
      },
    ]);
  });

  it('refuses a motivation silent on the right to a review', () => {
    const v = negativeDecisionRequiresMotivation(
      { outcome: 'refused', motivation: { ...motivation(), informsOfReviewRight: false } },
      ASTRA,
    );
    expect(v.map((x) => x.message)).toEqual([
      'the motivation must inform the person of the right to request a review',
    ]);
  });

  it('refuses a blank motivation sent to nobody, naming each gap', () => {
    const v = negativeDecisionRequiresMotivation(
      {
        outcome: 'refused',
        motivation: { text: '  ', language: 'sr', informsOfReviewRight: false, sendTo: [] },
      },
      ASTRA,
    );
    expect(v.map((x) => x.path)).toEqual([
      ['motivation', 'text'],
      ['motivation', 'informsOfReviewRight'],
      ['motivation', 'sendTo'],
      ['motivation', 'sendTo'],
    ]);
    expect(v.every((x) => x.code === 'NEGATIVE_DECISION_REQUIRES_MOTIVATION')).toBe(true);
  });

  it('refuses a motivation sent to the person but not to the first responder', () => {
    const m = {
      ...motivation(),
      sendTo: [{ kind: 'subject' as const }, { kind: 'agency' as const, agency: CPTV }],
    };
    const v = negativeDecisionRequiresMotivation({ outcome: 'refused', motivation: m }, ASTRA);
    expect(v).toHaveLength(1);
    expect(v[0]?.message).toMatch(/first responder rs\.astra/);
  });
});
