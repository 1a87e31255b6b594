import { readFileSync } from 'node:fs';
import { CATALOGUE } from '@nrm/schemas';
import type { AdapterFixtures, MappingContext } from '../../sdk/adapter.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** The City Centre for Social Work Belgrade, which refers to and informs the CPTV. */
export const context: MappingContext = {
  agencyId: 'rs.csw.belgrade',
  directory: { cptv: 'rs.cptv' },
};

const example = (type: string, version = 1) => CATALOGUE.get(type)?.examples[version];
const received = {
  to: ['rs.csw.belgrade'] as string[],
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  case: 'case_7QK2M9X4B1R8T3W6',
  subjectIsChild: true,
  area: 'beograd-savski-venac',
};

export const fixtures: AdapterFixtures = {
  context,
  inboundValid: [fixture('predmeti-2026-04.xml')],
  inboundInvalid: [fixture('predmeti-neispravni.xml'), '<dosijei><predmet broj="x">', 'nije XML'],
  outboundFrom: 'rs.police.belgrade-thb',
  outboundMessages: [
    {
      ...received,
      type: 'nrm.referral',
      version: 3,
      payload: example('nrm.referral', 3),
      purpose: 'identification',
      legalBasis: 'legal-obligation',
    },
    {
      ...received,
      type: 'nrm.identification-decision',
      version: 1,
      payload: example('nrm.identification-decision'),
      purpose: 'identification',
      legalBasis: 'consent',
    },
    {
      ...received,
      type: 'nrm.info-request',
      version: 1,
      payload: example('nrm.info-request'),
      purpose: 'identification',
      legalBasis: 'public-task',
    },
  ],
};
