import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ServiceUpdateV1 } from './v1.js';

const example: ServiceUpdateV1 = {
  serviceReferralId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600006',
  status: 'in-progress',
  at: '2026-03-23T10:00:00+01:00',
};

export const SERVICE_UPDATE: MessageTypeDefinition = {
  type: 'nrm.service-update',
  summary: 'A service provider reports a status change of a service referral.',
  versions: { 1: ServiceUpdateV1 },
  upgrades: {},
  examples: { 1: example },
};
