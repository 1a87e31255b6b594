import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentWithdrawal } from '../consent/consent-record.js';
import type { AgencyId, SubjectPseudonym } from '../ids.js';
import {
  AGENCIES,
  CONSENTS,
  GENERATED_AT,
  OLDER_BROTHER,
  OLDER_CONSENT,
  S1_DISCLOSURES,
  YOUNGER_BROTHER,
} from './__fixtures__/s1-child-case.js';
import type { DisclosureRecord } from './disclosure-record.js';
import type { SubjectAccessInput } from './subject-access-report.js';
import { buildSubjectAccessReport, SubjectAccessReport } from './subject-access-report.js';

const s1 = (over: Partial<SubjectAccessInput> = {}): SubjectAccessReport =>
  buildSubjectAccessReport({
    subject: OLDER_BROTHER,
    agencies: AGENCIES,
    disclosures: S1_DISCLOSURES,
    consents: CONSENTS,
    withdrawals: [],
    generatedAt: GENERATED_AT,
    language: 'en',
    ...over,
  });

describe('subject access report: SCENARIOS S1, the older brother', () => {
  const report = s1();

  it('is valid JSON against its own schema and survives a JSON round trip', () => {
    expect(SubjectAccessReport.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('lists what was shared, with whom, when and on which basis, oldest first', () => {
    expect(
      report.shared.map((d) => [d.messageType, d.recipient.id, d.purpose, d.basis?.lawfulBasis]),
    ).toEqual([
      ['nrm.referral', 'rs.cptv', 'identification', 'legal-obligation'],
      ['nrm.referral', 'rs.csw.belgrade', 'child-protection', 'legal-obligation'],
      ['nrm.info-request', 'rs.csw.belgrade', 'assistance', 'legal-obligation'],
      ['nrm.info-response', 'rs.cptv', 'assistance', 'consent'],
      ['nrm.identification-decision', 'rs.csw.belgrade', 'child-protection', 'legal-obligation'],
      [
        'nrm.identification-decision',
        'rs.police.belgrade-thb',
        'legal-proceedings',
        'legal-obligation',
      ],
      ['nrm.proceedings-notice', 'rs.csw.belgrade', 'child-protection', 'legal-obligation'],
    ]);
    const times = report.shared.map((d) => Date.parse(d.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(report.shared[0]).toMatchObject({
      sender: { name: expect.stringContaining('Policijska uprava') as unknown, kind: 'police' },
      recipient: { name: 'Centar za zaštitu žrtava trgovine ljudima', kind: 'competent-authority' },
      categories: ['identity', 'family', 'exploitation'],
      basis: { kind: 'policy', ruleId: 'mandatory-referral' },
      basisInWords:
        'Legal obligation: Mandatory referral to the identification authority (policy version 2)',
      deliveredAt: '2026-04-06T09:30:00.000Z',
      acknowledgedAt: '2026-04-06T09:45:00.000Z',
    });
    // The child's referral reaches the CSW on the mandatory child route, not on consent.
    expect(report.shared[1]?.basisInWords).toBe(
      'Legal obligation: Mandatory referral of a child to the centre for social work (policy version 2)',
    );
    // Beyond the minimum, the CSW shares on the consent it recorded as guardian.
    expect(report.shared[3]).toMatchObject({
      sender: { kind: 'csw' },
      basis: { kind: 'consent', consentId: OLDER_CONSENT.id },
      basisInWords: 'Consent, given by your guardian',
    });
    expect(report.shared[5]?.basis).toMatchObject({ ruleId: 'duty-to-report', policyVersion: 2 });
    // The prosecutor's notice was not yet fetched by the CSW.
    expect(report.shared[6]?.deliveredAt).toBeUndefined();
  });

  it('lists the refused attempts with their reasons: the route without the CSW, health to the police', () => {
    expect(
      report.notShared.map((d) => [d.messageType, d.recipient.id, d.outcome, d.reasonCode]),
    ).toEqual([
      ['nrm.referral', 'rs.cptv', 'denied', 'route-forbidden'],
      // The duty to report reaches the police, but never with health data.
      ['nrm.info-request', 'rs.police.belgrade-thb', 'denied', 'category-not-covered'],
    ]);
    expect(report.notShared[1]?.specialCategories).toBe(true);
    expect(report.shared.every((d) => !d.specialCategories)).toBe(true);
  });

  it('shows the guardian consent, in force, and counts everything', () => {
    expect(report.consents).toEqual([
      expect.objectContaining({
        id: OLDER_CONSENT.id,
        givenBy: 'guardian',
        controller: expect.objectContaining({ id: 'rs.csw.belgrade', kind: 'csw' }) as unknown,
        recipients: [
          { by: 'agency', agency: expect.objectContaining({ id: 'rs.cptv' }) as unknown },
        ],
        status: 'valid',
      }),
    ]);
    expect(report.summary).toEqual({
      shared: 7,
      denied: 2,
      withheld: 0,
      recipients: 3,
      consentsGiven: 1,
      consentsWithdrawn: 0,
    });
  });

  it('says nothing about the younger brother, though his records share the log', () => {
    const text = JSON.stringify(report);
    expect(text).not.toContain(YOUNGER_BROTHER);
    expect(text).not.toContain(CONSENTS[1]?.id);
    const younger = s1({ subject: YOUNGER_BROTHER });
    expect(younger.summary).toMatchObject({ shared: 2, denied: 1, consentsGiven: 1 });
  });
});

describe('subject access report: withdrawals, time and the directory', () => {
  const withdrawal: ConsentWithdrawal = {
    consentId: OLDER_CONSENT.id,
    withdrawnAt: '2026-04-12T08:00:00.000Z',
    withdrawnBy: 'guardian',
    recordedBy: 'rs.csw.belgrade' as AgencyId,
  };
  const withheld: DisclosureRecord = {
    messageId: '0196f000-0000-7000-8000-0000000000ff',
    messageType: 'nrm.service-referral',
    subject: OLDER_BROTHER,
    sender: 'rs.cptv' as AgencyId,
    recipient: 'rs.ngo.unknown' as AgencyId,
    at: '2026-04-11T08:00:00.000Z',
    purpose: 'assistance',
    categories: ['identity', 'health'],
    outcome: 'withheld',
    basis: { kind: 'consent', lawfulBasis: 'consent', consentId: OLDER_CONSENT.id },
    reasonCode: 'consent-withdrawn',
  };

  it('reports a withdrawal and the delivery it held back', () => {
    const report = s1({ withdrawals: [withdrawal], disclosures: [...S1_DISCLOSURES, withheld] });
    expect(report.consents[0]).toMatchObject({
      status: 'withdrawn',
      withdrawal: {
        at: withdrawal.withdrawnAt,
        by: 'guardian',
        recordedBy: { id: 'rs.csw.belgrade' },
      },
    });
    expect(report.summary).toMatchObject({ withheld: 1, consentsWithdrawn: 1, denied: 2 });
    // The recipient is no longer in the directory: its id stays visible, without a kind.
    expect(report.notShared.find((d) => d.outcome === 'withheld')?.recipient).toEqual({
      id: 'rs.ngo.unknown',
      name: 'Agency not in the directory',
    });
  });

  it('speaks as of generatedAt: later disclosures, withdrawals and consents are left out', () => {
    const early = s1({ withdrawals: [withdrawal], generatedAt: '2026-04-07T00:00:00.000Z' });
    expect(early.shared.map((d) => d.messageType)).toEqual(['nrm.referral', 'nrm.referral']);
    expect(early.consents[0]?.status).toBe('valid');
    expect(early.consents[0]?.withdrawal).toBeUndefined();
    expect(s1({ generatedAt: '2026-04-06T07:00:00.000Z' }).consents).toEqual([]);
  });

  it('marks a consent not yet in force, and one that expired', () => {
    const later = { ...OLDER_CONSENT, validFrom: '2026-04-30T00:00:00.000Z' };
    expect(s1({ consents: [later] }).consents[0]?.status).toBe('not-yet-valid');
    const ended = { ...OLDER_CONSENT, validUntil: '2026-04-20T00:00:00.000Z' };
    expect(s1({ consents: [ended] }).consents[0]?.status).toBe('expired');
    // A consent basis whose record is unknown still reads as consent.
    expect(s1({ consents: [] }).shared[3]?.basisInWords).toBe('Consent');
  });
});

describe('subject access report: properties', () => {
  const subjects = [OLDER_BROTHER, YOUNGER_BROTHER, 'sub_SomeoneElse000000000' as SubjectPseudonym];
  const record = fc.record({
    subject: fc.constantFrom(...subjects),
    base: fc.constantFrom(...S1_DISCLOSURES),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 18 }),
    n: fc.integer({ min: 0, max: 0xffff }),
  });
  const input = fc.array(record, { maxLength: 40 }).map((rs) =>
    rs.map(({ subject, base, minutes, n }): DisclosureRecord => {
      // Delivery times would no longer follow the shifted decision time: leave them out.
      const { deliveredAt: _d, acknowledgedAt: _a, ...decision } = base;
      return {
        ...decision,
        subject,
        messageId: `0196f000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
        at: new Date(Date.parse('2026-04-06T08:00:00Z') + minutes * 60_000).toISOString(),
      };
    }),
  );

  it('lists exactly the subject’s disclosures, never another subject’s, in any input order', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(...subjects),
        fc.boolean(),
        (records, subject, reverse) => {
          const ordered = reverse ? [...records].reverse() : records;
          const report = s1({ subject, disclosures: ordered });
          const listed = [...report.shared, ...report.notShared];
          const own = records.filter((r) => r.subject === subject);
          expect(listed).toHaveLength(own.length);
          expect(JSON.stringify(report)).not.toMatch(
            new RegExp(subjects.filter((s) => s !== subject).join('|')),
          );
          expect(listed.map((d) => `${d.messageId}>${d.recipient.id}`).sort()).toEqual(
            own.map((r) => `${r.messageId}>${r.recipient}`).sort(),
          );
          // Deterministic: the same facts in another order give the same report.
          expect(report).toEqual(s1({ subject, disclosures: [...ordered].reverse() }));
        },
      ),
    );
  });
});
