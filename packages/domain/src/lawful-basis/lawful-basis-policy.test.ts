import { describe, expect, it } from 'vitest';
import { SPECIAL_CATEGORIES } from '../data-protection/vocabulary.js';
import { LawfulBasisPolicy } from './lawful-basis-policy.js';
import { SERBIA_LAWFUL_BASIS_POLICY } from './serbia-policy.js';

const rule = (id: string) => SERBIA_LAWFUL_BASIS_POLICY.rules.find((r) => r.id === id);

describe('Serbian lawful-basis policy', () => {
  it('is versioned data: the rules of DESIGN.md, the mandatory referrals and victim notification', () => {
    expect(SERBIA_LAWFUL_BASIS_POLICY.version).toBe(2);
    expect(SERBIA_LAWFUL_BASIS_POLICY.rules.map((r) => [r.id, r.basis])).toEqual([
      ['duty-to-report', 'legal-obligation'],
      ['mandatory-referral', 'legal-obligation'],
      ['mandatory-child-referral', 'legal-obligation'],
      ['victim-notification', 'legal-obligation'],
      ['child-protection', 'legal-obligation'],
      ['vital-interests', 'vital-interests'],
    ]);
  });
  it('duty to report carries the minimum: identity, exploitation, process and the report itself (criminal proceedings)', () => {
    expect(rule('duty-to-report')?.categories).toEqual([
      'identity',
      'exploitation',
      'process',
      'criminal-proceedings',
    ]);
    // The report of a crime is the only special category it names: never health, sex life, ethnicity.
    expect(
      rule('duty-to-report')?.categories.filter((c) => SPECIAL_CATEGORIES.includes(c)),
    ).toEqual(['criminal-proceedings']);
    for (const never of ['health', 'sex-life', 'ethnicity', 'contact', 'location'] as const) {
      expect(rule('duty-to-report')?.categories).not.toContain(never);
    }
  });
  it('vital interests requires a justification, alerts the DPO and is never implicit', () => {
    expect(rule('vital-interests')).toMatchObject({
      requiresJustification: true,
      alertDpo: true,
      explicitOnly: true,
    });
  });
  it('every rule cites its legal source', () => {
    for (const r of SERBIA_LAWFUL_BASIS_POLICY.rules) {
      expect(r.source, r.id).toMatch(/\S/);
    }
  });
  it('refuses a message type that is not a wire type name, at its path', () => {
    const first = SERBIA_LAWFUL_BASIS_POLICY.rules[0];
    const r = LawfulBasisPolicy.safeParse({
      ...SERBIA_LAWFUL_BASIS_POLICY,
      rules: [{ ...first, messageTypes: ['referral'] }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['rules', 0, 'messageTypes', 0]);
  });
  it('round-trips through JSON (it is shown and edited as data)', () => {
    const again = LawfulBasisPolicy.parse(JSON.parse(JSON.stringify(SERBIA_LAWFUL_BASIS_POLICY)));
    expect(again).toEqual(SERBIA_LAWFUL_BASIS_POLICY);
  });
});

describe('LawfulBasisPolicy', () => {
  it('refuses duplicate rule ids', () => {
    const first = SERBIA_LAWFUL_BASIS_POLICY.rules[0];
    const r = LawfulBasisPolicy.safeParse({ ...SERBIA_LAWFUL_BASIS_POLICY, rules: [first, first] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['rules']);
  });
  it('refuses consent as a policy basis: consent lives in consent records', () => {
    const first = SERBIA_LAWFUL_BASIS_POLICY.rules[0];
    const r = LawfulBasisPolicy.safeParse({
      ...SERBIA_LAWFUL_BASIS_POLICY,
      rules: [{ ...first, basis: 'consent' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['rules', 0, 'basis']);
  });
  it('refuses a kind selector with no kinds and an empty policy', () => {
    const first = SERBIA_LAWFUL_BASIS_POLICY.rules[0];
    expect(
      LawfulBasisPolicy.safeParse({
        ...SERBIA_LAWFUL_BASIS_POLICY,
        rules: [{ ...first, recipient: { by: 'kind', kinds: [] } }],
      }).success,
    ).toBe(false);
    expect(LawfulBasisPolicy.safeParse({ ...SERBIA_LAWFUL_BASIS_POLICY, rules: [] }).success).toBe(
      false,
    );
  });
});
