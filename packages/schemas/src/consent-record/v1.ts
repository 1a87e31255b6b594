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

/**
 * `nrm.consent-record` v1 — consent to use and share personal data, signed by the
 * controller agency that obtained it. The gateway reads this scope; the signed form stays
 * encrypted. FROZEN.
 */
export const ConsentRecordV1 = z.strictObject({
  consentId: f(UuidV1, 'process', 'internal', 'Consent id', 'Identifikator pristanka', 'Id envelopes cite in consentRefs.'),
  subject: f(SubjectPseudonymV1, 'identity', 'internal', 'Subject', 'Lice', 'Pseudonym of the person consenting.'),
  controller: f(AgencyIdV1, 'process', 'internal', 'Controller', 'Rukovalac', 'Agency that obtained the consent.'),
  givenBy: f(z.enum(['self', 'guardian', 'legal-representative']), 'process', 'internal', 'Given by', 'Dao', 'Who gave the consent.'),
  recipients: f(uniqueArrayV1(AgencyIdV1, 0, 50), 'process', 'internal', 'Recipient agencies', 'Organi primaoci', 'Agencies that may receive the data.'),
  recipientKinds: f(uniqueArrayV1(AgencyKindV1, 0, 17), 'process', 'internal', 'Recipient kinds', 'Vrste primalaca', 'Kinds of agency that may receive the data.'),
  purposes: f(uniqueArrayV1(PurposeV1, 1, 6), 'process', 'public', 'Purposes', 'Svrhe', 'Purposes consented to.'),
  dataCategories: f(uniqueArrayV1(DataCategoryV1, 1, 12), 'process', 'internal', 'Data categories', 'Kategorije podataka', 'Categories consented to.'),
  validFrom: f(InstantV1, 'process', 'internal', 'Valid from', 'Važi od', 'Start of validity.'),
  validUntil: f(InstantV1.optional(), 'process', 'internal', 'Valid until', 'Važi do', 'End of validity, if limited.'),
  language: f(LanguageV1, 'process', 'internal', 'Language', 'Jezik', 'Language the person was informed in.'),
  formVersion: f(textV1(32), 'process', 'public', 'Form version', 'Verzija obrasca', 'Version of the consent form used.'),
  informed: f(
    z.strictObject({
      accessToFile: f(z.boolean(), 'process', 'internal', 'Access to file', 'Pristup dosijeu', 'Told of the right of access to the file.'),
      processingAndStorage: f(z.boolean(), 'process', 'internal', 'Processing and storage', 'Obrada i čuvanje', 'Told how data is processed and stored.'),
      sharing: f(z.boolean(), 'process', 'internal', 'Sharing', 'Deljenje', 'Told what is shared and with whom.'),
    }),
    'process',
    'internal',
    'Information given',
    'Data obaveštenja',
    'What the person was told before consenting.',
  ),
});
export type ConsentRecordV1 = z.infer<typeof ConsentRecordV1>;
