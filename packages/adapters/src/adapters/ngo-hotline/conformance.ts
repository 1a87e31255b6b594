import { readFileSync } from 'node:fs';
import { CATALOGUE } from '@nrm/schemas';
import type { AdapterFixtures, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** ASTRA's SOS hotline, referring to the CPTV (and the police when the caller agrees). */
export const context: MappingContext = {
  agencyId: 'rs.astra',
  directory: { cptv: 'rs.cptv', policija: 'rs.police.belgrade-thb', csr: 'rs.csw.belgrade' },
};

const received = (type: string, purpose: CanonicalMessage['purpose']): CanonicalMessage => ({
  type,
  version: 1,
  payload: CATALOGUE.get(type)?.examples[1],
  to: ['rs.astra'],
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  purpose,
  legalBasis: 'consent',
  consentRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f600010'],
  subjectIsChild: false,
});

export const fixtures: AdapterFixtures = {
  context,
  inboundValid: [fixture('pozivi-2026-04.json')],
  inboundInvalid: [fixture('pozivi-neispravni.json'), '{"pozivi": "ne"}', 'nije JSON'],
  outboundFrom: 'rs.cptv',
  outboundMessages: [
    received('nrm.service-referral', 'assistance'),
    received('nrm.info-request', 'identification'),
    received('nrm.consultation-request', 'identification'),
    received('nrm.identification-decision', 'identification'),
  ],
};
