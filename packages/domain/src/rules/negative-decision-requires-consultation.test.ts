import { describe, expect, it } from 'vitest';
import { fullConsultation, T0 } from '../procedure/__fixtures__/identification.js';
import type { ConsultationEntry } from '../procedure/consultation.js';
import { addDays } from '../time.js';
import { negativeDecisionRequiresConsultation } from './negative-decision-requires-consultation.js';

const decidedAt = addDays(T0, 10);
const check = (entries: readonly ConsultationEntry[], at = decidedAt) =>
  negativeDecisionRequiresConsultation('refused', entries, at, 8);

describe('NEGATIVE_DECISION_REQUIRES_CONSULTATION (seed L348-353)', () => {
  it('accepts a refusal after every role gave an opinion or a reason was recorded (S2)', () => {
    expect(check(fullConsultation())).toEqual([]);
  });

  it('does not require consultation for a grant', () => {
    expect(negativeDecisionRequiresConsultation('granted', [], decidedAt, 8)).toEqual([]);
  });

  it('names every role missing when nobody was consulted', () => {
    const v = check([]);
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
    const v = check(entries);
    expect(v).toHaveLength(1);
    expect(v[0]?.message).toMatch(/police/);
  });

  it('does not count a consultation requested after the decision', () => {
    const v = check(fullConsultation(addDays(decidedAt, 1)));
    expect(v.map((x) => x.message)).toEqual([
      expect.stringMatching(/referring-agency/),
      expect.stringMatching(/support-provider/),
      expect.stringMatching(/competent-csw/),
    ]);
  });

  it('does not count a request without an answer sent shortly before the decision', () => {
    const silent = fullConsultation(addDays(decidedAt, -1)).map((e) =>
      e.status === 'consulted' ? { ...e, opinion: undefined } : e,
    );
    expect(check(silent).map((x) => x.message.split(' ')[4])).toEqual([
      'referring-agency',
      'support-provider',
      'competent-csw',
    ]);
    // Once the profile's interval has passed without an answer, the request counts.
    expect(check(silent, addDays(decidedAt, 7))).toEqual([]);
  });

  it('counts an opinion received even the day before the decision', () => {
    expect(check(fullConsultation(addDays(decidedAt, -1)))).toEqual([]);
  });
});
