import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, PURPOSES, type DataCategory } from '../data-protection/vocabulary.js';
import { UNITED_KINGDOM } from '../jurisdiction/united-kingdom.js';
import {
  ADULT,
  ASTRA,
  ATINA,
  CHILD,
  CPTV,
  CSW,
  GUARDIAN_CONSENT,
  HEALTH,
  LEFOE,
  POLICE,
  PROSECUTOR,
  request,
  S2_CONSENT,
} from './__fixtures__/disclosure.js';
import { evaluateDisclosure, permittedCategories } from './consent-evaluation.js';
import { ConsentRecord, type ConsentWithdrawal } from './consent-record.js';
import type { DisclosureDecision } from './disclosure-decision.js';

function details(d: DisclosureDecision): string[] {
  if (d.allowed) {
    throw new Error('expected a denial');
  }
  return d.reasons.map((r) => r.detail);
}

describe('evaluateDisclosure — consent', () => {
  it('allows a disclosure covered by consent, naming the consent and the categories', () => {
    const d = evaluateDisclosure(request());
    expect(d).toEqual({
      allowed: true,
      basis: { kind: 'consent', lawfulBasis: 'consent', consentId: S2_CONSENT.id },
      categories: ['identity', 'exploitation'],
      alert: false,
    });
  });

  it('denies with no-consent when nothing is recorded for the subject', () => {
    const d = evaluateDisclosure(request({ consents: [] }));
    expect(details(d)).toEqual(['no-consent']);
    expect(d.allowed === false && d.reasons[0]?.code).toBe('CONSENT_MISSING');
  });

  it("ignores another person's consent", () => {
    const other = ConsentRecord.parse({ ...S2_CONSENT, subject: 'sub_SomebodyElse00000001' });
    expect(details(evaluateDisclosure(request({ consents: [other] })))).toEqual(['no-consent']);
  });

  it('denies an expired consent and one not yet valid', () => {
    expect(details(evaluateDisclosure(request({ at: '2027-03-01T10:00:00Z' })))).toEqual([
      'expired',
    ]);
    expect(details(evaluateDisclosure(request({ at: '2026-02-28T10:00:00Z' })))).toEqual([
      'not-yet-valid',
    ]);
  });

  it('denies a withdrawn consent from the instant of withdrawal, not before', () => {
    const w: ConsentWithdrawal = {
      consentId: S2_CONSENT.id,
      withdrawnAt: '2026-03-10T12:00:00Z',
      withdrawnBy: 'self',
      recordedBy: ASTRA.id,
    };
    expect(
      evaluateDisclosure(request({ withdrawals: [w], at: '2026-03-10T11:59:59Z' })).allowed,
    ).toBe(true);
    const d = evaluateDisclosure(request({ withdrawals: [w], at: '2026-03-10T12:00:00Z' }));
    expect(details(d)).toEqual(['withdrawn']);
    expect(d.allowed === false && d.reasons[0]?.consentId).toBe(S2_CONSENT.id);
  });

  it('denies a purpose the consent does not cover', () => {
    expect(details(evaluateDisclosure(request({ purpose: 'return' })))).toEqual([
      'purpose-not-covered',
    ]);
  });

  it('denies a category not covered and names it (S2: health)', () => {
    const d = evaluateDisclosure(request({ categories: ['identity', 'health', 'exploitation'] }));
    expect(d.allowed).toBe(false);
    expect(d.allowed === false && d.reasons).toEqual([
      expect.objectContaining({
        detail: 'category-not-covered',
        categories: ['health'],
        consentId: S2_CONSENT.id,
      }),
    ]);
  });

  it('covers a recipient named by agency id, and refuses another agency of the same kind', () => {
    expect(evaluateDisclosure(request({ recipient: CPTV })).allowed).toBe(true);
    const other = { id: 'rs.cptv.branch' as typeof CPTV.id, kind: CPTV.kind };
    expect(details(evaluateDisclosure(request({ recipient: other })))).toEqual([
      'recipient-not-covered',
    ]);
  });

  it('covers a recipient named by kind (any police unit), and refuses a recipient of another kind', () => {
    expect(
      evaluateDisclosure(request({ recipient: POLICE, purpose: 'legal-proceedings' })).allowed,
    ).toBe(true);
    expect(details(evaluateDisclosure(request({ recipient: ATINA })))).toEqual([
      'recipient-not-covered',
    ]);
  });

  it('lists every obstacle of a consent at once', () => {
    const d = evaluateDisclosure(
      request({
        recipient: LEFOE,
        purpose: 'return',
        categories: ['health'],
        at: '2027-06-01T00:00:00Z',
      }),
    );
    expect(details(d)).toEqual([
      'expired',
      'recipient-not-covered',
      'purpose-not-covered',
      'category-not-covered',
    ]);
  });

  it("allows a child's disclosure beyond the referral minimum on the guardian's consent, by the CSW that recorded it", () => {
    const d = evaluateDisclosure(
      request({
        sender: CSW,
        subject: { pseudonym: CHILD, isChild: true },
        consents: [GUARDIAN_CONSENT],
        categories: ['identity', 'exploitation', 'health'],
      }),
    );
    expect(d).toMatchObject({
      allowed: true,
      basis: { kind: 'consent', consentId: GUARDIAN_CONSENT.id },
    });
  });

  it("refuses a child's own consent: the profile requires a guardian or legal representative", () => {
    const own = ConsentRecord.parse({ ...GUARDIAN_CONSENT, givenBy: 'self' });
    const d = evaluateDisclosure(
      request({ sender: CSW, subject: { pseudonym: CHILD, isChild: true }, consents: [own] }),
    );
    expect(details(d)).toEqual(['child-consent-by-self']);
    expect(d.allowed === false && d.reasons[0]?.message).toMatch(
      /guardian or legal-representative/,
    );
  });

  it('refuses a giver the profile does not accept for children', () => {
    const guardianOnly = { ...UNITED_KINGDOM, childConsentBy: ['guardian' as const] };
    const byRep = ConsentRecord.parse({ ...GUARDIAN_CONSENT, givenBy: 'legal-representative' });
    const d = evaluateDisclosure(
      request({
        sender: CSW,
        subject: { pseudonym: CHILD, isChild: true },
        consents: [byRep],
        profile: guardianOnly,
      }),
    );
    expect(details(d)).toEqual(['giver-not-accepted']);
  });

  it('uses the newest covering consent when several exist', () => {
    const newer = ConsentRecord.parse({
      ...S2_CONSENT,
      id: '0190a6f1-0000-7000-8000-000000000009',
      obtainedAt: '2026-03-02T10:00:00Z',
      validFrom: '2026-03-02T10:00:00Z',
    });
    const d = evaluateDisclosure(request({ consents: [S2_CONSENT, newer] }));
    expect(d).toMatchObject({ allowed: true, basis: { consentId: newer.id } });
  });

  it('restricted to consent, a policy rule is not used', () => {
    const d = evaluateDisclosure(
      request({
        sender: CPTV,
        recipient: POLICE,
        purpose: 'legal-proceedings',
        consents: [],
        requestedBasis: 'consent',
      }),
    );
    expect(details(d)).toEqual(['no-consent']);
  });
});

describe('evaluateDisclosure — lawful-basis policy', () => {
  const dutyToReport = request({
    sender: CPTV,
    recipient: POLICE,
    purpose: 'legal-proceedings',
    categories: ['identity', 'exploitation'],
    consents: [],
  });

  it('duty to report: CPTV → police without consent, minimal categories (S5)', () => {
    expect(evaluateDisclosure(dutyToReport)).toEqual({
      allowed: true,
      basis: {
        kind: 'policy',
        lawfulBasis: 'legal-obligation',
        policyId: 'rs-nrm-lawful-basis',
        policyVersion: 2,
        ruleId: 'duty-to-report',
      },
      categories: ['identity', 'exploitation'],
      alert: false,
    });
    expect(evaluateDisclosure({ ...dutyToReport, recipient: PROSECUTOR }).allowed).toBe(true);
  });

  it('duty to report carries the report itself: a proceedings notice is criminal-proceedings data (S5)', () => {
    const notice = evaluateDisclosure({
      ...dutyToReport,
      categories: ['identity', 'process', 'criminal-proceedings'],
    });
    expect(notice).toMatchObject({
      allowed: true,
      basis: { ruleId: 'duty-to-report' },
      categories: ['identity', 'process', 'criminal-proceedings'],
    });
  });

  it('duty to report never carries health data (S5)', () => {
    const d = evaluateDisclosure({ ...dutyToReport, categories: ['identity', 'health'] });
    expect(d.allowed === false && d.reasons).toContainEqual(
      expect.objectContaining({
        detail: 'category-not-covered',
        ruleId: 'duty-to-report',
        categories: ['health'],
      }),
    );
  });

  it('duty to report never carries sex life, ethnicity, contact or location either', () => {
    const d = evaluateDisclosure({
      ...dutyToReport,
      categories: [
        'identity',
        'criminal-proceedings',
        'sex-life',
        'ethnicity',
        'contact',
        'location',
      ],
    });
    expect(d.allowed === false && d.reasons).toContainEqual(
      expect.objectContaining({
        detail: 'category-not-covered',
        ruleId: 'duty-to-report',
        categories: ['sex-life', 'ethnicity', 'contact', 'location'],
      }),
    );
  });

  it('duty to report is for the competent authority only, and for legal proceedings only', () => {
    const fromNgo = evaluateDisclosure({
      ...dutyToReport,
      sender: ASTRA,
      requestedBasis: 'legal-obligation',
    });
    expect(fromNgo.allowed === false && fromNgo.reasons).toContainEqual(
      expect.objectContaining({ detail: 'sender-not-covered', ruleId: 'duty-to-report' }),
    );
    const wrongPurpose = evaluateDisclosure({ ...dutyToReport, purpose: 'statistics' });
    expect(details(wrongPurpose)).toEqual(['no-consent', 'purpose-not-covered']);
  });

  it('child protection: any agency → the CSW about a child, without consent', () => {
    const d = evaluateDisclosure(
      request({
        sender: POLICE,
        recipient: CSW,
        subject: { pseudonym: CHILD, isChild: true },
        purpose: 'child-protection',
        categories: ['identity', 'family', 'exploitation'],
        consents: [],
      }),
    );
    expect(d).toMatchObject({
      allowed: true,
      basis: { kind: 'policy', ruleId: 'child-protection' },
    });
  });

  it('child protection does not apply to adults', () => {
    const d = evaluateDisclosure(
      request({
        recipient: CSW,
        purpose: 'child-protection',
        consents: [],
        requestedBasis: 'legal-obligation',
      }),
    );
    expect(d.allowed === false && d.reasons).toContainEqual(
      expect.objectContaining({ detail: 'subject-not-covered', ruleId: 'child-protection' }),
    );
  });

  it('vital interests needs a justification', () => {
    const base = request({
      recipient: HEALTH,
      purpose: 'assistance',
      categories: ['identity', 'health'],
      consents: [],
      requestedBasis: 'vital-interests',
    });
    expect(details(evaluateDisclosure(base))).toEqual(['justification-missing']);
    expect(details(evaluateDisclosure({ ...base, justification: '   ' }))).toEqual([
      'justification-missing',
    ]);
  });

  it('vital interests with a justification is allowed and alerts the DPO', () => {
    const d = evaluateDisclosure(
      request({
        recipient: HEALTH,
        purpose: 'assistance',
        categories: ['identity', 'health'],
        consents: [],
        requestedBasis: 'vital-interests',
        justification:
          'Unconscious after an overdose in the shelter; the emergency team needs her medication history.',
      }),
    );
    expect(d).toMatchObject({
      allowed: true,
      alert: true,
      basis: { lawfulBasis: 'vital-interests', ruleId: 'vital-interests' },
    });
  });

  it('vital interests is never a silent fallback', () => {
    const d = evaluateDisclosure(
      request({
        recipient: HEALTH,
        purpose: 'assistance',
        categories: ['health'],
        consents: [],
        justification: 'urgent',
      }),
    );
    expect(details(d)).toEqual(['no-consent']);
  });

  it('a policy not yet in force is not used', () => {
    const d = evaluateDisclosure({ ...dutyToReport, at: '2025-12-31T23:59:59Z' });
    expect(details(d)).toEqual(['policy-not-in-force', 'no-consent']);
  });

  it('a basis the policy has no rule for is refused with basis-not-in-policy', () => {
    expect(
      details(evaluateDisclosure(request({ consents: [], requestedBasis: 'public-task' }))),
    ).toEqual(['basis-not-in-policy']);
  });
});

describe('permittedCategories (data minimisation)', () => {
  it('keeps what the consent covers and drops the rest (S2: health stripped)', () => {
    const req = request({ categories: ['identity', 'health', 'contact', 'sex-life'] });
    expect(permittedCategories(req)).toEqual(['identity', 'contact']);
    expect(evaluateDisclosure({ ...req, categories: permittedCategories(req) }).allowed).toBe(true);
  });

  it('minimises a duty-to-report message to identity, exploitation and process', () => {
    const req = request({
      sender: CPTV,
      recipient: POLICE,
      purpose: 'legal-proceedings',
      categories: ['identity', 'contact', 'health', 'exploitation', 'process'],
      consents: [],
    });
    expect(permittedCategories(req)).toEqual(['identity', 'exploitation', 'process']);
  });

  it('gives nothing when no basis applies at all', () => {
    expect(permittedCategories(request({ consents: [], recipient: LEFOE }))).toEqual([]);
  });
});

describe('properties', () => {
  const categories = fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES), { minLength: 1 });
  const arbitraryRequest = fc.record({
    consentCategories: categories,
    requested: fc.array(fc.constantFrom(...DATA_CATEGORIES), { maxLength: 8 }),
    purposes: fc.uniqueArray(fc.constantFrom(...PURPOSES), { minLength: 1 }),
    purpose: fc.constantFrom(...PURPOSES),
    recipient: fc.constantFrom(CPTV, POLICE, CSW, HEALTH, ATINA),
    isChild: fc.boolean(),
    givenBy: fc.constantFrom('self' as const, 'guardian' as const, 'legal-representative' as const),
  });

  it('an allowed consent-based disclosure never carries a category outside the consent', () => {
    fc.assert(
      fc.property(arbitraryRequest, (a) => {
        const consent = ConsentRecord.parse({
          ...S2_CONSENT,
          categories: a.consentCategories,
          purposes: a.purposes,
          givenBy: a.givenBy,
          subject: a.isChild ? CHILD : ADULT,
        });
        const req = request({
          subject: { pseudonym: consent.subject, isChild: a.isChild },
          recipient: a.recipient,
          purpose: a.purpose,
          categories: a.requested,
          consents: [consent],
          requestedBasis: 'consent',
        });
        const d = evaluateDisclosure(req);
        if (d.allowed) {
          expect(d.categories.every((c: DataCategory) => consent.categories.includes(c))).toBe(
            true,
          );
        }
        const minimised = permittedCategories(req);
        expect(
          minimised.every((c) => consent.categories.includes(c) && a.requested.includes(c)),
        ).toBe(true);
        if (minimised.length > 0) {
          expect(evaluateDisclosure({ ...req, categories: minimised }).allowed).toBe(true);
        }
      }),
    );
  });

  it('an allowed disclosure never carries a category its basis does not list', () => {
    fc.assert(
      fc.property(arbitraryRequest, fc.constantFrom(CPTV, ASTRA, POLICE), (a, sender) => {
        const d = evaluateDisclosure(
          request({
            sender,
            subject: { pseudonym: ADULT, isChild: a.isChild },
            recipient: a.recipient,
            purpose: a.purpose,
            categories: a.requested,
          }),
        );
        if (d.allowed) {
          const ceiling =
            d.basis.kind === 'consent'
              ? S2_CONSENT.categories
              : (request().policy.rules.find(
                  (r) => d.basis.kind === 'policy' && r.id === d.basis.ruleId,
                )?.categories ?? []);
          expect(d.categories.every((c) => ceiling.includes(c))).toBe(true);
        }
      }),
    );
  });
});
