import { z } from 'zod';
import { AgencyKindV1, LanguageV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  DataCategoryV1,
  InstantV1,
  PurposeV1,
  SubjectPseudonymV1,
  textV1,
  uniqueArrayV1,
  UuidV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const ConsentRecipientV1 = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('agency'),
    agency: f(
      AgencyIdV1,
      'process',
      'internal',
      'Agency',
      'Organ',
      'An agency that may receive the data.',
    ),
  }),
  z.strictObject({
    by: z.literal('kind'),
    kind: f(
      AgencyKindV1,
      'process',
      'internal',
      'Kind of agency',
      'Vrsta organa',
      'Every agency of this kind may receive the data.',
    ),
  }),
]);

/**
 * `nrm.consent-record` v1 — consent to use and share personal data, obtained and signed by
 * the controller agency. Its scope is what disclosures are checked against. FROZEN.
 */
export const ConsentRecordV1 = z.strictObject({
  id: f(
    UuidV1,
    'process',
    'internal',
    'Consent id',
    'Identifikator pristanka',
    'Id envelopes cite in consentRefs.',
  ),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person consenting.',
  ),
  controller: f(
    AgencyIdV1,
    'process',
    'internal',
    'Controller',
    'Rukovalac',
    'Agency that obtained the consent.',
  ),
  givenBy: f(
    z.enum(['self', 'guardian', 'legal-representative']),
    'process',
    'internal',
    'Given by',
    'Dao',
    'Who gave the consent.',
  ),
  recipients: f(
    z.array(ConsentRecipientV1).min(1).max(50),
    'process',
    'internal',
    'Recipients',
    'Primaoci',
    'Agencies, or kinds of agency, that may receive the data.',
  ),
  purposes: f(
    uniqueArrayV1(PurposeV1, 1, 6),
    'process',
    'public',
    'Purposes',
    'Svrhe',
    'Purposes consented to.',
  ),
  categories: f(
    uniqueArrayV1(DataCategoryV1, 1, 12),
    'process',
    'internal',
    'Data categories',
    'Kategorije podataka',
    'Categories consented to.',
  ),
  validFrom: f(InstantV1, 'process', 'internal', 'Valid from', 'Važi od', 'Start of validity.'),
  validUntil: f(
    InstantV1.optional(),
    'process',
    'internal',
    'Valid until',
    'Važi do',
    'End of validity, if limited.',
  ),
  language: f(
    LanguageV1,
    'process',
    'internal',
    'Language',
    'Jezik',
    'Language the person was informed in (ISO 639).',
  ),
  formVersion: f(
    textV1(32),
    'process',
    'public',
    'Form version',
    'Verzija obrasca',
    'Version of the consent form used.',
  ),
  obtainedAt: f(
    InstantV1,
    'process',
    'internal',
    'Obtained at',
    'Vreme pribavljanja',
    'When the person consented.',
  ),
});
export type ConsentRecordV1 = z.infer<typeof ConsentRecordV1>;
