import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { BestInterestsDeterminationV1 } from './v1.js';

const example: BestInterestsDeterminationV1 = {
  determinationId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600020',
  conductedAt: '2026-04-10T10:00:00+02:00',
  participantRoles: ['guardian', 'competent-authority', 'psychologist', 'interpreter'],
  childParticipated: true,
  childViews: 'Wants to stay with the aunt and go to school.',
  durableSolution: 'family-reunification',
  country: 'RS',
  riskAssessmentId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600021',
  reasoning: 'The aunt has cared for the child before; the risk assessment found no contact with the exploiters.',
};

export const BEST_INTERESTS_DETERMINATION: MessageTypeDefinition = {
  type: 'nrm.best-interests-determination',
  summary: 'The best interests determination and durable solution for a child, with the child participating.',
  versions: { 1: BestInterestsDeterminationV1 },
  upgrades: {},
  examples: { 1: example },
};
