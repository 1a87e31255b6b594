import { CATALOGUE } from '@nrm/schemas';
import type { AdapterFixtures, CanonicalMessage } from '../../sdk/adapter.js';

const example = (type: string, version: number): unknown => CATALOGUE.get(type)!.examples[version];

/** The catalogue's S1-like child case: referral, decision and closure of one case. */
const SUBJECT = 'sub_4F8K2M7Q9X1B3R5T';
const CASE = 'case_7QK2M9X4B1R8T3W6';

const common = {
  subject: SUBJECT,
  case: CASE,
  subjectIsChild: true,
  legalBasis: 'legal-obligation',
} as const;

const messages: CanonicalMessage[] = [
  {
    ...common,
    type: 'nrm.referral',
    version: 3,
    payload: example('nrm.referral', 3),
    to: ['rs.cptv', 'rs.csw.belgrade'],
    purpose: 'identification',
  },
  {
    ...common,
    type: 'nrm.identification-decision',
    version: 1,
    payload: example('nrm.identification-decision', 1),
    to: ['rs.police.belgrade-thb'],
    purpose: 'identification',
  },
  {
    ...common,
    type: 'nrm.case-closure',
    version: 1,
    payload: example('nrm.case-closure', 1),
    to: ['rs.csw.belgrade'],
    purpose: 'assistance',
  },
];

export const fixtures: AdapterFixtures = {
  // The national coordinator keeps the statistics IOM receives.
  context: {
    agencyId: 'rs.national-coordinator',
    directory: { cptv: 'rs.cptv', csw: 'rs.csw.belgrade' },
  },
  outboundMessages: messages,
};
