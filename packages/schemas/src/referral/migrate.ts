import type { ReferralV1 } from './v1.js';
import type { ReferralV2 } from './v2.js';

/**
 * Upgrades a v1 referral to v2 without inventing facts:
 * - free-text indicators become `indicatorNotes` (no catalogue id can be guessed from prose);
 * - v1's single country list becomes `countriesOfExploitation` — v1's form asked "where was
 *   the person exploited or recruited", and recruitment is left empty rather than guessed;
 * - a disputed age stays disputed (presumption of minority) even if a birth date was given;
 * - `interpreterLanguage` becomes `interpreter: { needed: true, language }` and a spoken language;
 * - unaccompanied/separated were not asked in v1 and become `false`, the domain default.
 */
export function upgradeReferralV1ToV2(v1: ReferralV1): ReferralV2 {
  const p = v1.subject;
  const age: ReferralV2['subject']['age'] = p.ageDisputed
    ? { status: 'disputed' }
    : p.birthDate !== undefined
      ? { status: 'documented', birthDate: p.birthDate }
      : { status: 'unknown' };
  const language = v1.interpreterLanguage;
  return {
    id: v1.referralId,
    casePseudonym: v1.casePseudonym,
    subject: {
      pseudonym: p.pseudonym,
      age,
      gender: p.gender,
      citizenship: p.citizenship,
      migrationStatus: p.migrationStatus,
      unaccompanied: false,
      separated: false,
      languages: language === undefined ? [] : [language],
      interpreterNeeded: language !== undefined,
    },
    referringAgency: v1.referringAgency,
    channel: v1.channel,
    referredAt: v1.referredAt,
    recipients: v1.recipients,
    exploitation: {
      forms: v1.exploitationForms,
      countriesOfRecruitment: [],
      countriesOfExploitation: v1.exploitationCountries,
      domestic: v1.domestic,
    },
    indicators: [],
    ...(v1.indicatorsText === undefined ? {} : { indicatorNotes: v1.indicatorsText }),
    immediateNeeds: v1.immediateNeeds,
    interpreter: language === undefined ? { needed: false } : { needed: true, language },
    area: v1.area,
    consentRefs: v1.consentRefs,
  };
}
