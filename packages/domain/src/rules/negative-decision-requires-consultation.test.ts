import { describe, expect, it } from 'vitest';
import { fullConsultation, T0 } from '../procedure/__fixtures__/identification.js';
import { addDays } from '../time.js';
import { negativeDecisionRequiresConsultation } from './negative-decision-requires-consultation.js';

const decidedAt = addDays(T0, 10);

describe('NEGATIVE_DECISION_REQUIRES_CONSULTATION', () => {
  it('accepts a refusal after every role was consulted or a reason recorded (S2)', () => {
    expect(negativeDecisionRequiresConsultation('refused', fullConsultation(), decidedAt)).toEqual(
      [],
    );
  });

  it('does not require consultation for a grant', () => {
    expect(negativeDecisionRequiresConsultation('granted', [], decidedAt)).toEqual([]);
  });

  it('names every role missing when nobody was consulted', () => {
    const v = negativeDecisionRequiresConsultation('refused', [], decidedAt);
    expect(v.map((x) => x.code)).toEqual(Array(4).fill('NEGATIVE_DECISION_REQUIRES_CONSULTATION'));
    expect(v.map((x) => x.message.split(' ')[4])).toEqual([
      'referring-agency',
      'support-provider',
      'competent-csw',
      'police',
    ]);
  });

  it('does not accept a blank reason for not consulting', () => {
    const entries = fullConsultation().map((e) =>
      e.role === 'police' && e.status === 'not-consulted' ? { ...e, reason: ' ' } : e,
    );
    const v = negativeDecisionRequiresConsultation('refused', entries, decidedAt);
    expect(v).toHaveLength(1);
    expect(v[0]?.message).toMatch(/police/);
  });

  it('does not count a consultation requested after the decision', () => {
    const v = negativeDecisionRequiresConsultation(
      'refused',
      fullConsultation(addDays(decidedAt, 1)),
      decidedAt,
    );
    expect(v.map((x) => x.message)).toEqual([
      expect.stringMatching(/referring-agency/),
      expect.stringMatching(/support-provider/),
      expect.stringMatching(/competent-csw/),
    ]);
  });
});
