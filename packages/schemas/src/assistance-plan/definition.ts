import { ImmediateAssistancePlan } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { AssistancePlanV1 } from './v1.js';

const example: AssistancePlanV1 = {
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  madeBy: 'rs.cptv',
  startedAt: '2026-03-02T12:00:00+01:00',
  services: ['accommodation', 'medical-emergency', 'psychosocial'],
  completedAt: '2026-03-09T12:00:00+01:00',
};

export const ASSISTANCE_PLAN: MessageTypeDefinition = {
  type: 'nrm.assistance-plan',
  summary: 'The plan of immediate assistance arranged for a presumed victim from the outset.',
  versions: { 1: AssistancePlanV1 },
  upgrades: {},
  examples: { 1: example },
  domain: structuralMapping(AssistancePlanV1, ImmediateAssistancePlan, 'nrm.assistance-plan v1'),
};
