import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { CaseClosureV1 } from './v1.js';

const example: CaseClosureV1 = {
  closedAt: '2027-03-01T12:00:00+01:00',
  reason: 'goals-achieved',
  followUp: 'Psychosocial counselling continues at the NGO on request.',
  retainUntil: '2032-03-01',
};

export const CASE_CLOSURE: MessageTypeDefinition = {
  type: 'nrm.case-closure',
  summary: 'The competent authority closes a case, with what continues and how long partners keep data.',
  versions: { 1: CaseClosureV1 },
  upgrades: {},
  examples: { 1: example },
};
