import { describe, expect, it } from 'vitest';
import { ConsentRecord } from '../consent/consent-record.js';
import {
  ADULT,
  ASTRA,
  CHILD,
  CPTV,
  CSW,
  HEALTH,
  POLICE,
  PROSECUTOR,
  request,
  S2_CONSENT,
} from '../consent/__fixtures__/disclosure.js';
import { evaluateDisclosure } from '../consent/consent-evaluation.js';
import type { DisclosureParty, DisclosureRequest } from '../consent/consent-evaluation.js';
import { AGENCY_KINDS } from '../agency/agency-kind.js';
import { DATA_CATEGORIES, PURPOSES } from '../data-protection/vocabulary.js';
import type { AgencyId } from '../ids.js';
import { UNITED_KINGDOM } from '../jurisdiction/united-kingdom.js';
import { UNITED_KINGDOM_LAWFUL_BASIS_POLICY } from './united-kingdom-policy.js';
import { REFERRAL_MINIMUM } from './referral-minimum.js';

const ruleOf = (req: DisclosureRequest): string | undefined => {
  const d = evaluateDisclosure(req);
  return d.allowed && d.basis.kind === 'policy' ? d.basis.ruleId : undefined;
};
const MINIMUM = REFERRAL_MINIMUM;

describe('mandatory referral (the minimum never waits for consent)', () => {
  const referral = (over: Partial<DisclosureRequest> = {}) =>
    request({
      sender: POLICE,
      recipient: CPTV,
      consents: [],
      messageType: 'nrm.referral',
      categories: [...MINIMUM],
      ...over,
    });

  it('a first responder refers an adult to CPTV without consent (seed L85-87)', () => {
    for (const sender of [POLICE, CSW, ASTRA]) {
      expect(evaluateDisclosure(referral({ sender }))).toMatchObject({
        allowed: true,
        basis: { kind: 'policy', lawfulBasis: 'legal-obligation', ruleId: 'mandatory-referral' },
      });
    }
  });

  it('a child goes to the competent CSW too, without a guardian (seed L1838-1841, L1408)', () => {
    const child = { pseudonym: CHILD, isChild: true };
    expect(ruleOf(referral({ subject: child }))).toBe('mandatory-referral');
    expect(ruleOf(referral({ subject: child, recipient: CSW }))).toBe('mandatory-child-referral');
    // An adult's referral to a CSW is no mandatory route: it needs consent.
    expect(evaluateDisclosure(referral({ recipient: CSW })).allowed).toBe(false);
  });

  it('carries the minimum only: health, contact and the other special categories need consent', () => {
    for (const extra of [
      'health',
      'contact',
      'sex-life',
      'ethnicity',
      'criminal-proceedings',
    ] as const) {
      const d = evaluateDisclosure(referral({ categories: [...MINIMUM, extra] }));
      expect(d.allowed, extra).toBe(false);
      expect(!d.allowed && d.reasons.find((r) => r.ruleId === 'mandatory-referral')).toMatchObject({
        detail: 'category-not-covered',
        categories: [extra],
      });
    }
  });

  it('is a referral only: another message type, purpose or sender kind is not covered', () => {
    expect(evaluateDisclosure(referral({ messageType: 'nrm.info-response' })).allowed).toBe(false);
    const { messageType: _untyped, ...withoutType } = referral();
    expect(evaluateDisclosure(withoutType).allowed).toBe(false);
    expect(evaluateDisclosure(referral({ purpose: 'assistance' })).allowed).toBe(false);
    expect(evaluateDisclosure(referral({ sender: PROSECUTOR })).allowed).toBe(false);
    expect(evaluateDisclosure(referral({ recipient: ASTRA })).allowed).toBe(false);
  });
});

describe('victim notification (the victim must be told)', () => {
  const notice = (over: Partial<DisclosureRequest> = {}) =>
    request({
      sender: PROSECUTOR,
      recipient: ASTRA,
      purpose: 'legal-proceedings',
      consents: [],
      messageType: 'nrm.proceedings-notice',
      categories: ['identity', 'process', 'criminal-proceedings'],
      ...over,
    });
  const party = (kind: DisclosureParty['kind']): DisclosureParty => ({
    id: `rs.test-${kind}` as AgencyId,
    kind,
  });

  it('the prosecutor or court tells the support NGO, CPTV or the CSW without consent, for legal proceedings or assistance', () => {
    for (const sender of [PROSECUTOR, party('court')]) {
      for (const recipient of [ASTRA, CPTV, CSW]) {
        for (const purpose of ['legal-proceedings', 'assistance'] as const) {
          expect(evaluateDisclosure(notice({ sender, recipient, purpose }))).toMatchObject({
            allowed: true,
            basis: {
              kind: 'policy',
              lawfulBasis: 'legal-obligation',
              policyVersion: 2,
              ruleId: 'victim-notification',
            },
          });
        }
      }
    }
  });

  it('permits exactly identity, process and criminal-proceedings: every other category is refused', () => {
    for (const category of DATA_CATEGORIES) {
      const allowed = evaluateDisclosure(
        notice({ categories: ['identity', 'process', category] }),
      ).allowed;
      expect(allowed, category).toBe(
        ['identity', 'process', 'criminal-proceedings'].includes(category),
      );
    }
    const health = evaluateDisclosure(
      notice({ categories: ['identity', 'criminal-proceedings', 'health'] }),
    );
    expect(!health.allowed && health.reasons).toEqual([
      expect.objectContaining({ detail: 'no-consent' }),
      expect.objectContaining({
        detail: 'category-not-covered',
        ruleId: 'victim-notification',
        categories: ['health'],
      }),
    ]);
  });

  it('reaches exactly its recipients, from exactly its senders, for its purposes', () => {
    for (const kind of AGENCY_KINDS) {
      const to = ruleOf(notice({ recipient: party(kind) }));
      expect(to === 'victim-notification', `to ${kind}`).toBe(
        ['ngo', 'competent-authority', 'csw'].includes(kind),
      );
      const from = ruleOf(notice({ sender: party(kind) }));
      expect(from === 'victim-notification', `from ${kind}`).toBe(
        ['prosecutor', 'court'].includes(kind),
      );
    }
    for (const purpose of PURPOSES) {
      expect(ruleOf(notice({ purpose })) === 'victim-notification', purpose).toBe(
        ['legal-proceedings', 'assistance'].includes(purpose),
      );
    }
    expect(ruleOf(notice({ recipient: HEALTH }))).toBeUndefined();
    expect(ruleOf(notice({ messageType: 'nrm.info-request' }))).toBeUndefined();
  });
});

describe('refusals name the closest rule first', () => {
  it("the prosecutor's file with health data on a legal obligation: victim notification leads", () => {
    const d = evaluateDisclosure(
      request({
        sender: PROSECUTOR,
        recipient: ASTRA,
        purpose: 'legal-proceedings',
        consents: [],
        requestedBasis: 'legal-obligation',
        messageType: 'nrm.referral',
        categories: ['identity', 'health', 'process'],
      }),
    );
    expect(!d.allowed && d.reasons.slice(0, 2)).toEqual([
      expect.objectContaining({
        detail: 'message-type-not-covered',
        ruleId: 'victim-notification',
      }),
      expect.objectContaining({
        detail: 'category-not-covered',
        ruleId: 'victim-notification',
        categories: ['health'],
      }),
    ]);
  });
});

describe('order of bases, and the person’s objection', () => {
  const consentToCptv = ConsentRecord.parse({
    ...S2_CONSENT,
    controller: 'rs.police.belgrade-thb',
    categories: ['identity', 'exploitation', 'health', 'location', 'process'],
  });
  const referral = (over: Partial<DisclosureRequest> = {}) =>
    request({
      sender: POLICE,
      recipient: CPTV,
      subject: { pseudonym: ADULT, isChild: false },
      consents: [consentToCptv],
      messageType: 'nrm.referral',
      categories: ['identity', 'exploitation', 'process'],
      ...over,
    });

  it('a legal duty that covers the disclosure is its basis, even where a consent covers it too', () => {
    expect(ruleOf(referral())).toBe('mandatory-referral');
  });

  it('beyond the minimum, consent carries the whole message', () => {
    expect(evaluateDisclosure(referral({ categories: ['identity', 'health'] }))).toMatchObject({
      allowed: true,
      basis: { kind: 'consent', consentId: consentToCptv.id },
    });
  });

  it('asking for consent explicitly uses consent only', () => {
    expect(evaluateDisclosure(referral({ requestedBasis: 'consent' }))).toMatchObject({
      allowed: true,
      basis: { kind: 'consent' },
    });
  });

  it('a withdrawal (the person objects) stops what relied on consent, never the legal minimum', () => {
    const withdrawals = [
      {
        consentId: consentToCptv.id,
        withdrawnAt: '2026-03-02T00:00:00Z',
        withdrawnBy: 'self' as const,
        recordedBy: consentToCptv.controller,
      },
    ];
    expect(ruleOf(referral({ withdrawals }))).toBe('mandatory-referral');
    const beyond = evaluateDisclosure(
      referral({ withdrawals, categories: ['identity', 'health'] }),
    );
    expect(!beyond.allowed && beyond.reasons.map((r) => r.detail)).toEqual([
      'category-not-covered',
      'withdrawn',
    ]);
  });
});

describe('the UK profile: the same duties where UK law has them', () => {
  const uk = (over: Partial<DisclosureRequest>) =>
    request({
      consents: [],
      policy: UNITED_KINGDOM_LAWFUL_BASIS_POLICY,
      profile: UNITED_KINGDOM,
      messageType: 'nrm.referral',
      categories: [...MINIMUM],
      ...over,
    });

  it('a child is referred to the competent authority and children’s services without consent', () => {
    const child = { pseudonym: CHILD, isChild: true };
    expect(ruleOf(uk({ sender: POLICE, subject: child }))).toBe('mandatory-child-referral');
    expect(ruleOf(uk({ sender: POLICE, recipient: CSW, subject: child }))).toBe(
      'child-safeguarding',
    );
  });

  it('an adult needs consent to be referred; without it the duty to notify carries no identity', () => {
    expect(evaluateDisclosure(uk({ sender: POLICE })).allowed).toBe(false);
    const notify = uk({
      sender: POLICE,
      purpose: 'statistics',
      messageType: 'nrm.info-response',
      requestedBasis: 'legal-obligation',
      categories: ['exploitation', 'location', 'process'],
    });
    expect(ruleOf(notify)).toBe('duty-to-notify');
    expect(
      evaluateDisclosure({ ...notify, categories: ['identity', 'exploitation'] }).allowed,
    ).toBe(false);
  });

  it("victim notification follows the Victims' Code: to the support provider, only the notice", () => {
    const notice = uk({
      sender: PROSECUTOR,
      recipient: ASTRA,
      purpose: 'legal-proceedings',
      messageType: 'nrm.proceedings-notice',
      categories: ['identity', 'process', 'criminal-proceedings'],
    });
    expect(ruleOf(notice)).toBe('victim-notification');
    expect(evaluateDisclosure({ ...notice, categories: ['identity', 'health'] }).allowed).toBe(
      false,
    );
  });
});
