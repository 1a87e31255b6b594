import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { InfoRequestV1 } from './v1.js';
import { infoRequestMapping } from './to-domain.js';

const example: InfoRequestV1 = {
  requestId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600001',
  requestedFrom: 'rs.csw.belgrade',
  purpose: 'identification',
  questions: ['Is the family known to the centre?', 'Were the children enrolled in school?'],
  categoriesRequested: ['family', 'assistance'],
  respondBy: '2026-03-09T16:00:00+01:00',
};

export const INFO_REQUEST: MessageTypeDefinition = {
  type: 'nrm.info-request',
  summary: 'The competent authority asks another agency for information about a case.',
  versions: { 1: InfoRequestV1 },
  upgrades: {},
  examples: { 1: example },
  domain: infoRequestMapping,
};
