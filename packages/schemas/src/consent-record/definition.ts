import { ConsentRecord } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { upgradeConsentRecordV1ToV2 } from './migrate.js';
import { ConsentRecordV1 } from './v1.js';
import { ConsentRecordV2 } from './v2.js';

const example: ConsentRecordV1 = {
  id: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600010',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  controller: 'rs.cptv',
  givenBy: 'self',
  recipients: [
    { by: 'agency', agency: 'rs.astra' },
    { by: 'kind', kind: 'csw' },
  ],
  purposes: ['assistance'],
  categories: ['identity', 'contact', 'assistance'],
  validFrom: '2026-03-02T12:00:00+01:00',
  validUntil: '2027-03-02T12:00:00+01:00',
  language: 'sr',
  formVersion: 'rs-2026.1',
  obtainedAt: '2026-03-02T11:30:00+01:00',
};

/** v2: the person also lets ASTRA disclose under the consent CPTV recorded. */
const v2Example: ConsentRecordV2 = {
  ...example,
  disclosers: [{ by: 'agency', agency: 'rs.astra' }],
};

export const CONSENT_RECORD: MessageTypeDefinition = {
  type: 'nrm.consent-record',
  summary:
    'Consent to use and share personal data: who may disclose it (v2), who may receive which categories, for which purposes, until when.',
  versions: { 1: ConsentRecordV1, 2: ConsentRecordV2 },
  upgrades: { 1: upgradeConsentRecordV1ToV2 },
  notes: [
    "Serbian labels 'Organ' and 'Vrsta organa' on recipients (v1, and v2's recipients, which keep v1's fields): an agency may be an NGO, and 'organ' names public bodies only; v2's disclosers and the next version read 'Ustanova ili organizacija' (seed report terminology review, issue 16).",
  ],
  examples: { 1: example, 2: v2Example },
  domain: structuralMapping(ConsentRecordV2, ConsentRecord, 'nrm.consent-record v2'),
};
