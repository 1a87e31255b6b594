import type { Adapter } from '../../sdk/adapter.js';
import { cptvFromCanonical, cptvToCanonical, serializeCptvRecords } from './mapping.js';
import { parseCptvBody, type CptvRecord } from './native.js';

/** CPTV case management: JSON over HTTP, both ways, for every type the CPTV exchanges. */
export const adapter: Adapter<CptvRecord, CptvRecord> = {
  name: 'cptv',
  description:
    'CPTV case management system: JSON over HTTP ↔ every message type the CPTV sends or receives',
  inbound: { parse: parseCptvBody, toCanonical: cptvToCanonical },
  outbound: { fromCanonical: cptvFromCanonical, serialize: serializeCptvRecords },
  symmetric: true,
  dataCategories: {
    'nrm.info-request': ['process'],
    'nrm.identification-decision': ['exploitation', 'process'],
    'nrm.consultation-request': ['exploitation', 'process'],
    'nrm.service-referral': ['identity', 'assistance', 'process'],
    'nrm.assistance-plan': ['identity', 'assistance', 'process'],
    'nrm.proceedings-notice': ['identity', 'criminal-proceedings', 'process'],
    'nrm.case-closure': ['identity', 'migration', 'assistance', 'process'],
  },
};
