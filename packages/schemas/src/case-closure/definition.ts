import { CaseClosure } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { CaseClosureV1 } from './v1.js';

const example: CaseClosureV1 = {
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  closedBy: 'rs.cptv',
  closedAt: '2027-03-01T12:00:00+01:00',
  reason: { kind: 'durable-solution-reached', solution: 'local-integration' },
  servicesProvided: ['accommodation', 'psychosocial', 'education'],
  summary: 'Psychosocial counselling continues at the NGO on request.',
};

export const CASE_CLOSURE: MessageTypeDefinition = {
  type: 'nrm.case-closure',
  summary: 'The competent authority closes a case, with the reason and the services provided.',
  versions: { 1: CaseClosureV1 },
  upgrades: {},
  notes: [
    "Serbian label 'Poslato međunarodno upućivanje' (`transnationalReferralSent`) in v1: the one term is 'transnacionalno upućivanje' ('Poslato transnacionalno upućivanje'); the next version uses it.",
  ],
  examples: { 1: example },
  domain: structuralMapping(CaseClosureV1, CaseClosure, 'nrm.case-closure v1'),
};
