import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { upgradeReferralV1ToV2, upgradeReferralV2ToV3 } from './migrate.js';
import { referralFromDomain, referralToDomain } from './to-domain.js';
import { ReferralV1 } from './v1.js';
import { ReferralV2 } from './v2.js';
import { ReferralV3 } from './v3.js';

const v1Example: ReferralV1 = {
  referralId: 'ref_01J9ZK3W6Q5N8R2T4V',
  casePseudonym: 'case_7QK2M9X4B1R8T3W6',
  subject: {
    pseudonym: 'sub_4F8K2M7Q9X1B3R5T',
    birthDate: '2012-05-14',
    ageDisputed: false,
    gender: 'male',
    citizenship: ['RS'],
    migrationStatus: 'citizen',
  },
  referringAgency: 'rs.police.belgrade-thb',
  channel: 'police',
  referredAt: '2026-03-02T09:00:00+01:00',
  recipients: ['rs.cptv', 'rs.csw.belgrade'],
  exploitationForms: ['forced-begging', 'forced-criminality'],
  exploitationCountries: [],
  domestic: true,
  indicatorsText: 'Begging on the street; hands over earnings to an adult every hour.',
  immediateNeeds: ['safe-accommodation', 'child-guardian'],
  area: 'RS-00-savski-venac',
  consentRefs: [],
};

const v2Example: ReferralV2 = {
  id: 'ref_01J9ZK3W6Q5N8R2T4V',
  casePseudonym: 'case_7QK2M9X4B1R8T3W6',
  subject: {
    pseudonym: 'sub_4F8K2M7Q9X1B3R5T',
    age: { status: 'documented', birthDate: '2012-05-14' },
    gender: 'male',
    citizenship: ['RS'],
    migrationStatus: 'citizen',
    unaccompanied: false,
    separated: false,
    languages: ['sr'],
    interpreterNeeded: false,
  },
  referringAgency: 'rs.police.belgrade-thb',
  channel: 'police',
  referredAt: '2026-03-02T09:00:00+01:00',
  recipients: ['rs.cptv', 'rs.csw.belgrade'],
  exploitation: {
    forms: ['forced-begging', 'forced-criminality'],
    countriesOfRecruitment: [],
    countriesOfExploitation: [],
    domestic: true,
  },
  indicators: [
    {
      catalogue: 'child',
      indicator: 'child.begging-on-street',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T18:00:00+01:00',
    },
    {
      catalogue: 'child',
      indicator: 'child.hands-over-earnings',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T18:00:00+01:00',
      note: 'an adult collected the money every hour',
    },
  ],
  immediateNeeds: ['safe-accommodation', 'child-guardian'],
  interpreter: { needed: false },
  area: 'RS-00-savski-venac',
  consentRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f607182'],
};

/**
 * S1 as the police write it in v3: ids from the child catalogue, an observation in the
 * officer's words under the police's own set (unpublished, seed report L794-797), and one by
 * an id of that set as an operator who loaded it would have it (the id is illustrative).
 */
const v3Example: ReferralV3 = {
  ...v2Example,
  indicators: [
    ...v2Example.indicators,
    {
      catalogue: 'police',
      text: 'Known to the local police as one of a group of children begging for the same adults.',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T18:00:00+01:00',
    },
    {
      catalogue: 'police',
      indicator: 'police.moved-between-begging-spots',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T18:00:00+01:00',
      note: 'driven to another crossing in the afternoon',
    },
  ],
};

export const REFERRAL: MessageTypeDefinition = {
  type: 'nrm.referral',
  summary:
    'A first responder refers a presumed victim to the competent authority (and, for a child, the competent CSW).',
  versions: { 1: ReferralV1, 2: ReferralV2, 3: ReferralV3 },
  upgrades: { 1: upgradeReferralV1ToV2, 2: upgradeReferralV2ToV3 },
  notes: [
    "Serbian label 'Organ koji upućuje' (`referringAgency`): first responders include NGOs, and 'organ' names public bodies only; v3 reads 'Ustanova ili organizacija koja upućuje'.",
    "v2 closes `indicators[].catalogue` to five sets and has no free-text observation. Indicator catalogues are the operator's reference data and the police use their own (seed report L794-797): v3 opens the catalogue id and carries free text (`indicators[].text`), which `@nrm/domain` accepts with a warning; a v2 sender writes such observations in `indicatorNotes`.",
  ],
  examples: { 1: v1Example, 2: v2Example, 3: v3Example },
  domain: { toDomain: referralToDomain, fromDomain: referralFromDomain },
};
