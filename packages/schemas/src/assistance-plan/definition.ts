import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { AssistancePlanV1 } from './v1.js';

const example: AssistancePlanV1 = {
  planId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600004',
  startedAt: '2026-03-02T12:00:00+01:00',
  services: [
    { kind: 'accommodation', provider: 'rs.atina', arrangedAt: '2026-03-02T12:00:00+01:00' },
    { kind: 'medical-emergency', provider: 'rs.health.kbc-zvezdara', arrangedAt: '2026-03-02T15:00:00+01:00' },
  ],
  informedConsent: true,
  completedAt: '2026-03-09T12:00:00+01:00',
};

export const ASSISTANCE_PLAN: MessageTypeDefinition = {
  type: 'nrm.assistance-plan',
  summary: 'The plan of immediate assistance arranged for a presumed victim from the outset.',
  versions: { 1: AssistancePlanV1 },
  upgrades: {},
  examples: { 1: example },
};
