import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ServiceReferralV1 } from './v1.js';

const example: ServiceReferralV1 = {
  serviceReferralId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600006',
  kind: 'legal-aid-criminal',
  provider: 'rs.astra',
  chosenByPerson: true,
  urgency: 'routine',
  requestedAt: '2026-03-21T09:00:00+01:00',
  consentRef: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600010',
};

export const SERVICE_REFERRAL: MessageTypeDefinition = {
  type: 'nrm.service-referral',
  summary: 'A request to a service provider to deliver one service, with the informed consent relied upon.',
  versions: { 1: ServiceReferralV1 },
  upgrades: {},
  examples: { 1: example },
};
