import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ConsultationOpinionV1 } from './v1.js';

const example: ConsultationOpinionV1 = {
  consultationId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600002',
  role: 'support-provider',
  recommendation: 'grant',
  opinion: 'The account is consistent over four months of counselling; debt bondage indicators are present.',
  evidence: ['interview', 'indicator-observations'],
  givenAt: '2026-04-06T14:00:00+02:00',
};

export const CONSULTATION_OPINION: MessageTypeDefinition = {
  type: 'nrm.consultation-opinion',
  summary: "A consulted agency's information and expert opinion on a contemplated decision.",
  versions: { 1: ConsultationOpinionV1 },
  upgrades: {},
  examples: { 1: example },
};
