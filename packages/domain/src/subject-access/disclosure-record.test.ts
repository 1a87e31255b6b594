import { describe, expect, it } from 'vitest';
import { DisclosureRecord } from './disclosure-record.js';

const allowed = {
  messageId: '0196f000-0000-7000-8000-000000000001',
  messageType: 'nrm.referral',
  subject: 'sub_OlderBrother00000014',
  sender: 'rs.police.belgrade-thb',
  recipient: 'rs.cptv',
  at: '2026-04-06T08:30:00Z',
  purpose: 'identification',
  categories: ['identity'],
  outcome: 'allowed',
  basis: {
    kind: 'consent',
    lawfulBasis: 'consent',
    consentId: '0190a6f1-0000-7000-8000-000000000101',
  },
  deliveredAt: '2026-04-06T09:30:00Z',
  acknowledgedAt: '2026-04-06T09:45:00Z',
};

const issuePaths = (input: unknown): string[] => {
  const r = DisclosureRecord.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('DisclosureRecord', () => {
  it('accepts allowed, denied and withheld records with their facts', () => {
    expect(issuePaths(allowed)).toEqual([]);
    const { basis: _b, deliveredAt: _d, acknowledgedAt: _a, ...bare } = allowed;
    expect(issuePaths({ ...bare, outcome: 'denied', reasonCode: 'route-forbidden' })).toEqual([]);
    expect(
      issuePaths({
        ...bare,
        basis: allowed.basis,
        outcome: 'withheld',
        reasonCode: 'consent-withdrawn',
      }),
    ).toEqual([]);
  });

  it('refuses names where pseudonyms belong, and unknown message types', () => {
    expect(issuePaths({ ...allowed, subject: 'Marko Marković' })[0]).toMatch(/^subject/);
    expect(issuePaths({ ...allowed, messageType: 'referral' })[0]).toMatch(/^messageType/);
  });

  it.each([
    [{ ...allowed, basis: undefined }, 'basis: an allowed disclosure names the basis'],
    [{ ...allowed, reasonCode: 'expired' }, 'reasonCode: an allowed disclosure has no refusal'],
    [
      { ...allowed, outcome: 'denied', deliveredAt: undefined, acknowledgedAt: undefined },
      'reasonCode: a denied disclosure carries a denial reason',
    ],
    [
      {
        ...allowed,
        outcome: 'denied',
        reasonCode: 'consent-withdrawn',
        deliveredAt: undefined,
        acknowledgedAt: undefined,
      },
      'reasonCode: a denied disclosure carries a denial reason',
    ],
    [
      {
        ...allowed,
        outcome: 'withheld',
        reasonCode: 'route-forbidden',
        deliveredAt: undefined,
        acknowledgedAt: undefined,
      },
      'reasonCode: a withheld disclosure carries a withholding reason',
    ],
    [
      {
        ...allowed,
        outcome: 'withheld',
        basis: undefined,
        reasonCode: 'consent-lapsed',
        deliveredAt: undefined,
        acknowledgedAt: undefined,
      },
      'basis: an withheld disclosure names the basis',
    ],
    [
      { ...allowed, outcome: 'withheld', reasonCode: 'consent-lapsed', acknowledgedAt: undefined },
      'deliveredAt: only an allowed disclosure is delivered',
    ],
    [
      { ...allowed, deliveredAt: '2026-04-06T08:00:00Z', acknowledgedAt: undefined },
      'deliveredAt: delivery cannot precede',
    ],
    [{ ...allowed, deliveredAt: undefined }, 'acknowledgedAt: an acknowledgement needs a delivery'],
    [
      { ...allowed, acknowledgedAt: '2026-04-06T09:00:00Z' },
      'acknowledgedAt: acknowledgement cannot precede',
    ],
  ])('refuses inconsistent facts (%#)', (input, expected) => {
    const cleaned = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    expect(issuePaths(cleaned).join('\n')).toContain(expected);
  });
});
