import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralFromDomain, referralToDomain } from './to-domain.js';
import { upgradeReferralV1ToV2, upgradeReferralV2ToV3 } from './migrate.js';
import { ReferralV1 } from './v1.js';
import { ReferralV2 } from './v2.js';
import { ReferralV3 } from './v3.js';

const token = (prefix: string) =>
  fc.stringMatching(/^[0-9A-Za-z]{16,24}$/).map((s) => `${prefix}${s}`);
const agency = fc.constantFrom('rs.cptv', 'rs.police.belgrade-thb', 'rs.csw.nis', 'at.lefoe-ibf');
const country = fc.constantFrom('RS', 'AT', 'DE', 'RO', 'AL');

/** Any valid v1 referral built from the v1 value sets. */
const referralV1: fc.Arbitrary<ReferralV1> = fc.record(
  {
    referralId: token('ref_'),
    casePseudonym: token('case_'),
    subject: fc.record(
      {
        pseudonym: token('sub_'),
        birthDate: fc.constantFrom('2008-02-29', '1999-12-31', '2012-05-14'),
        ageDisputed: fc.boolean(),
        gender: fc.constantFrom('female', 'male', 'transgender', 'non-binary', 'unknown'),
        citizenship: fc.uniqueArray(country, { maxLength: 3 }),
        migrationStatus: fc.constantFrom(
          'citizen',
          'asylum-seeker',
          'irregular-migrant',
          'unknown',
        ),
      },
      { requiredKeys: ['pseudonym', 'ageDisputed', 'gender', 'citizenship', 'migrationStatus'] },
    ),
    referringAgency: agency,
    channel: fc.constantFrom('police', 'csw', 'ngo', 'self-referral', 'foreign-partner'),
    referredAt: fc.constantFrom('2026-03-02T09:00:00+01:00', '2027-01-01T00:00:00Z'),
    recipients: fc.uniqueArray(agency, { minLength: 1, maxLength: 3 }),
    exploitationForms: fc.uniqueArray(
      fc.constantFrom('sexual', 'labour', 'forced-begging', 'other'),
      {
        minLength: 1,
      },
    ),
    exploitationCountries: fc.uniqueArray(country, { maxLength: 4 }),
    domestic: fc.boolean(),
    indicatorsText: fc.string({ minLength: 1, maxLength: 200 }),
    immediateNeeds: fc.uniqueArray(
      fc.constantFrom('safe-accommodation', 'interpretation', 'money'),
    ),
    interpreterLanguage: fc.constantFrom('ro', 'sq', 'de'),
    area: fc.constantFrom('RS-00-savski-venac', '70092'),
    consentRefs: fc.uniqueArray(fc.uuid({ version: 4 }), { maxLength: 2 }),
  },
  {
    requiredKeys: [
      'referralId',
      'casePseudonym',
      'subject',
      'referringAgency',
      'channel',
      'referredAt',
      'recipients',
      'exploitationForms',
      'exploitationCountries',
      'domestic',
      'immediateNeeds',
      'area',
      'consentRefs',
    ],
  },
);

describe('nrm.referral v1 → v2 → v3 upgrade (property)', () => {
  it('turns every valid v1 into a valid v2 and v3 that maps to the domain and back', () => {
    fc.assert(
      fc.property(referralV1, (v1) => {
        expect(ReferralV1.safeParse(v1).success).toBe(true);
        const v2 = upgradeReferralV1ToV2(v1);
        expect(ReferralV2.safeParse(v2).error?.issues ?? []).toEqual([]);
        // Nothing v1 said is lost: each fact has a place in v2.
        expect(v2.exploitation.countriesOfExploitation).toEqual(v1.exploitationCountries);
        expect(v2.indicatorNotes).toBe(v1.indicatorsText);
        expect(v2.subject.age.status === 'disputed').toBe(v1.subject.ageDisputed);
        const v3 = upgradeReferralV2ToV3(v2);
        expect(ReferralV3.safeParse(v3).error?.issues ?? []).toEqual([]);
        const { indicatorNotes: _n, ...mappable } = v3;
        const domain = referralToDomain(v3);
        expect(domain.ok).toBe(true);
        if (domain.ok) {
          expect(referralFromDomain(domain.value)).toEqual({ ok: true, value: mappable });
        }
      }),
      { numRuns: 200, seed: 2027 },
    );
  });
});
