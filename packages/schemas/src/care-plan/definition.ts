import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { CarePlanV1 } from './v1.js';

const example: CarePlanV1 = {
  planId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600005',
  assistancePlanId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600004',
  agreedAt: '2026-03-20T10:00:00+01:00',
  personParticipated: true,
  personViews: 'Wants to finish vocational training before deciding about returning home.',
  goals: ['Stable accommodation', 'Vocational qualification'],
  services: [
    { kind: 'psychosocial', provider: 'rs.astra', chosenByPerson: true },
    { kind: 'vocational-training', provider: 'rs.nsz', chosenByPerson: true },
  ],
  partners: ['rs.cptv', 'rs.astra', 'rs.nsz'],
  nextReviewOn: '2026-06-20',
};

export const CARE_PLAN: MessageTypeDefinition = {
  type: 'nrm.care-plan',
  summary: 'The care plan agreed with the person and the partner agencies, with its next joint review.',
  versions: { 1: CarePlanV1 },
  upgrades: {},
  examples: { 1: example },
};
