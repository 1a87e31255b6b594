import { describe, expect, it } from 'vitest';
import { CaseClosure } from './case-closure.js';

const closure = {
  case: 'case_ABCDEFGHIJKLMNOP',
  subject: 'sub_ABCDEFGHIJKLMNOP',
  closedBy: 'rs.cptv',
  closedAt: '2027-01-10T10:00:00Z',
};

describe('case closure', () => {
  it('records resettlement with UNHCR (scenario S6) and the services provided', () => {
    const c = CaseClosure.parse({
      ...closure,
      reason: { kind: 'resettlement', country: 'CA', arrangedBy: 'unhcr' },
      servicesProvided: ['accommodation', 'interpretation', 'education'],
    });
    expect(c.reason).toEqual({ kind: 'resettlement', country: 'CA', arrangedBy: 'unhcr' });
  });
  it('accepts each reason with its details', () => {
    const reasons = [
      { kind: 'durable-solution-reached', solution: 'local-integration' },
      { kind: 'person-withdrew', toldHowToReturn: true },
      { kind: 'moved-abroad', country: 'DE', transnationalReferralSent: true },
      { kind: 'returned', country: 'AL' },
      { kind: 'assistance-completed' },
      { kind: 'contact-lost', lastContactAt: '2026-11-01T10:00:00Z' },
    ];
    for (const reason of reasons) {
      expect(CaseClosure.safeParse({ ...closure, reason }).success).toBe(true);
    }
  });
  it('refuses a reason without its details, or an unknown one', () => {
    expect(CaseClosure.safeParse({ ...closure, reason: { kind: 'moved-abroad' } }).success).toBe(
      false,
    );
    expect(
      CaseClosure.safeParse({
        ...closure,
        reason: { kind: 'resettlement', country: 'XX', arrangedBy: 'unhcr' },
      }).success,
    ).toBe(false);
    expect(
      CaseClosure.safeParse({
        ...closure,
        reason: { kind: 'durable-solution-reached', solution: 'adoption' },
      }).success,
    ).toBe(false);
    expect(CaseClosure.safeParse({ ...closure, reason: { kind: 'bored' } }).success).toBe(false);
  });
});
