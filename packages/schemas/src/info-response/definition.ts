import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { InfoResponseV1 } from './v1.js';
import { infoResponseMapping } from './to-domain.js';

const example: InfoResponseV1 = {
  requestId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600001',
  answeredAt: '2026-03-06T11:30:00+01:00',
  answers: [{ question: 0, answer: 'The family received one-off material assistance in 2025.' }],
  withheldCategories: ['health'],
  withholdingReason: 'Health data is not covered by the consent on file.',
};

export const INFO_RESPONSE: MessageTypeDefinition = {
  type: 'nrm.info-response',
  summary: 'The answer to an information request, stating what was withheld and why.',
  versions: { 1: InfoResponseV1 },
  upgrades: {},
  examples: { 1: example },
  domain: infoResponseMapping,
};
