import { readFileSync } from 'node:fs';
import { CATALOGUE } from '@nrm/schemas';
import type { AdapterFixtures, MappingContext } from '../../sdk/adapter.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** The Belgrade anti-trafficking unit, with the CPTV and the city's centre for social work. */
export const context: MappingContext = {
  agencyId: 'rs.police.belgrade-thb',
  directory: {
    cptv: 'rs.cptv',
    ...Object.fromEntries(
      ['stari-grad', 'savski-venac', 'zemun', 'novi-beograd', 'palilula', 'vozdovac'].map(
        (area) => [`csw:beograd-${area}`, 'rs.csw.belgrade'],
      ),
    ),
  },
};

const example = (type: string) => CATALOGUE.get(type)?.examples[1];

export const fixtures: AdapterFixtures = {
  context,
  inboundValid: [fixture('referrals-2026-03.csv')],
  inboundInvalid: [fixture('referrals-broken.csv'), 'nije CSV "\n;;\u0000'],
  outboundFrom: 'rs.cptv',
  outboundMessages: [
    {
      type: 'nrm.identification-decision',
      version: 1,
      payload: example('nrm.identification-decision'),
      to: ['rs.police.belgrade-thb', 'rs.csw.belgrade'],
      subject: 'sub_4F8K2M7Q9X1B3R5T',
      case: 'case_7QK2M9X4B1R8T3W6',
      purpose: 'identification',
      legalBasis: 'public-task',
      subjectIsChild: true,
    },
    {
      type: 'nrm.info-request',
      version: 1,
      payload: example('nrm.info-request'),
      to: ['rs.police.belgrade-thb'],
      subject: 'sub_4F8K2M7Q9X1B3R5T',
      case: 'case_7QK2M9X4B1R8T3W6',
      purpose: 'identification',
      legalBasis: 'public-task',
      subjectIsChild: true,
    },
  ],
};
