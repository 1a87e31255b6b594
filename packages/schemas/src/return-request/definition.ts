import { ReturnRequest } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { RISK_ASSESSMENT_EXAMPLE } from '../risk-assessment/definition.js';
import { ReturnRequestV1 } from './v1.js';

const example: ReturnRequestV1 = {
  case: 'case_3M8Q2K7X9B1R4T6W',
  subject: 'sub_9K2M7Q4F8X1B3R5T',
  requestedBy: 'at.lefoe-ibf',
  requestedAt: '2026-02-03T10:00:00+01:00',
  destination: 'RS',
  voluntary: true,
  receivingPartner: 'rs.cptv',
  riskAssessment: RISK_ASSESSMENT_EXAMPLE,
};

export const RETURN_REQUEST: MessageTypeDefinition = {
  type: 'nrm.return-request',
  summary: 'A request for assisted, voluntary and safe return to the country of origin.',
  versions: { 1: ReturnRequestV1 },
  upgrades: {},
  notes: [
    "Serbian label 'Procena najboljeg interesa' (`bestInterestsDeterminationId`) in v1: the one term across the exchange is 'Utvrđivanje najboljeg interesa deteta'; the next version uses it.",
    'A risk assessment is expected for adults too (seed report L1729-1733; `@nrm/domain` RETURN_REQUIRES_RISK_ASSESSMENT), although v1 keeps `riskAssessment` optional.',
  ],
  examples: { 1: example },
  domain: structuralMapping(ReturnRequestV1, ReturnRequest, 'nrm.return-request v1'),
};
