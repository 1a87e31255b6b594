import { CarePlan } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { CarePlanV1 } from './v1.js';

const example: CarePlanV1 = {
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  madeBy: 'rs.cptv',
  madeAt: '2026-03-20T10:00:00+01:00',
  partnerAgencies: ['rs.astra', 'rs.nsz'],
  subjectParticipation: {
    participated: true,
    agreed: true,
    views: 'Wants to finish vocational training before deciding about returning home.',
  },
  services: [
    { kind: 'psychosocial', provider: 'rs.astra', providerChosenBySubject: true },
    { kind: 'vocational-training', provider: 'rs.nsz', providerChosenBySubject: true },
  ],
  conditions: ['informed-consent'],
  reviewEveryDays: 90,
  reviews: [],
};

export const CARE_PLAN: MessageTypeDefinition = {
  type: 'nrm.care-plan',
  summary: 'The care plan agreed with the person and the partner agencies, with its joint reviews.',
  versions: { 1: CarePlanV1 },
  upgrades: {},
  examples: { 1: example },
  domain: structuralMapping(CarePlanV1, CarePlan, 'nrm.care-plan v1'),
};
