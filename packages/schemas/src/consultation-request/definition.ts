import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ConsultationRequestV1 } from './v1.js';
import { consultationRequestMapping } from './to-domain.js';

const example: ConsultationRequestV1 = {
  consultationId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600002',
  role: 'support-provider',
  contemplatedOutcome: 'refused',
  summary:
    'Labour exploitation on a construction site abroad; the criminal case was dismissed there.',
  requestedAt: '2026-04-01T09:00:00+02:00',
  respondBy: '2026-04-08T16:00:00+02:00',
};

export const CONSULTATION_REQUEST: MessageTypeDefinition = {
  type: 'nrm.consultation-request',
  summary:
    'The competent authority asks an agency for its opinion before deciding (mandatory before a refusal).',
  versions: { 1: ConsultationRequestV1 },
  upgrades: {},
  examples: { 1: example },
  domain: consultationRequestMapping,
};
