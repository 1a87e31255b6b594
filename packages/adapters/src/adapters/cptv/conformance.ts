import { readFileSync } from 'node:fs';
import { CATALOGUE, MESSAGE_TYPES, latestVersion } from '@nrm/schemas';
import type { AdapterFixtures, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import { KIND_OF_TYPE } from './record-kinds.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

export const context: MappingContext = { agencyId: 'rs.cptv', directory: {} };

/** Every type the CPTV system imports, with the catalogue's example of its latest version. */
const received: CanonicalMessage[] = MESSAGE_TYPES.filter(
  (type) => KIND_OF_TYPE[type] !== undefined,
).map((type) => {
  const definition = CATALOGUE.get(type)!;
  const version = latestVersion(definition);
  return {
    type,
    version,
    payload: definition.examples[version],
    to: ['rs.cptv'],
    subject: 'sub_4F8K2M7Q9X1B3R5T',
    case: 'case_7QK2M9X4B1R8T3W6',
    purpose: 'identification',
    legalBasis: 'public-task',
    subjectIsChild: false,
    area: 'beograd-savski-venac',
  };
});

export const fixtures: AdapterFixtures = {
  context,
  inboundValid: [fixture('zapisi-2026-03.json')],
  inboundInvalid: [fixture('zapisi-neispravni.json'), '{"zapisi": 7}', '<html>greška</html>'],
  outboundFrom: 'rs.police.belgrade-thb',
  outboundMessages: received,
};
