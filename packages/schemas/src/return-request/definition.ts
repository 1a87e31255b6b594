import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ReturnRequestV1 } from './v1.js';

const example: ReturnRequestV1 = {
  requestId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600050',
  destinationCountry: 'RS',
  receivingPartner: 'rs.cptv',
  voluntary: true,
  riskAssessmentId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600041',
  reintegrationServices: ['accommodation', 'employment'],
  requestedAt: '2026-02-03T10:00:00+01:00',
};

export const RETURN_REQUEST: MessageTypeDefinition = {
  type: 'nrm.return-request',
  summary: 'A request for assisted, voluntary and safe return to the country of origin.',
  versions: { 1: ReturnRequestV1 },
  upgrades: {},
  examples: { 1: example },
};
