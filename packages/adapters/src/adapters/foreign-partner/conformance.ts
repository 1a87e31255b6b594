import { readFileSync } from 'node:fs';
import { CATALOGUE } from '@nrm/schemas';
import type { AdapterFixtures, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** LEFÖ-IBF (Vienna), referring to the CPTV and ASTRA as it names them. */
export const context: MappingContext = {
  agencyId: 'at.lefoe-ibf',
  directory: { cptv: 'rs.cptv', astra: 'rs.astra' },
};

const received = (type: string, purpose: CanonicalMessage['purpose']): CanonicalMessage => ({
  type,
  version: 1,
  payload: CATALOGUE.get(type)?.examples[1],
  to: ['at.lefoe-ibf'],
  subject: 'sub_9K2M7Q4F8X1B3R5T',
  purpose,
  legalBasis: 'consent',
  consentRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f600010'],
  subjectIsChild: false,
});

export const fixtures: AdapterFixtures = {
  context,
  inboundValid: [fixture('LEFOE-2026-0041.json')],
  inboundInvalid: [
    fixture('LEFOE-2026-0042-bad-country.json'),
    fixture('LEFOE-2026-0043-unknown-code.json'),
    fixture('LEFOE-2026-0044-unknown-recipient.json'),
    '-----BEGIN PGP MESSAGE-----\nnot decrypted\n',
  ],
  outboundFrom: 'rs.astra',
  outboundMessages: [
    received('nrm.service-update', 'assistance'),
    received('nrm.info-request', 'identification'),
    received('nrm.identification-decision', 'identification'),
    received('nrm.case-closure', 'assistance'),
  ],
};
