import type { ReferralV1 } from './v1.js';
import type { ReferralV2 } from './v2.js';
import type { ReferralV3 } from './v3.js';

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

/** v3 bounds indicator ids as `@nrm/domain` does; v2 left them unbounded. */
const MAX_INDICATOR_ID_LENGTH = 100;

/**
 * Upgrades a v2 referral to v3. v3 widens the indicator observations (any catalogue id of
 * the operator's reference data, free text), so a v2 referral is a v3 one as it is, with one
 * exception: an indicator id longer than v3's 100 characters, which no catalogue can hold,
 * travels on as the observation's `text`, word for word, rather than being dropped.
 * v1 free text kept in `indicatorNotes` stays there: splitting prose into observations
 * would invent who observed what and when.
 */
export function upgradeReferralV2ToV3(v2: ReferralV2): ReferralV3 {
  return { ...v2, indicators: v2.indicators.map(upgradeObservation) };
}

function upgradeObservation(
  observation: ReferralV2['indicators'][number],
): ReferralV3['indicators'][number] {
  if (observation.indicator.length <= MAX_INDICATOR_ID_LENGTH) {
    return observation;
  }
  const { indicator, ...rest } = observation;
  return { ...rest, text: indicator };
}
