import { BestInterestsDetermination } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { BestInterestsDeterminationV1 } from './v1.js';

const example: BestInterestsDeterminationV1 = {
  id: 'bid-2026-0007',
  child: 'sub_4F8K2M7Q9X1B3R5T',
  ledBy: 'rs.csw.belgrade',
  conductedAt: '2026-04-10T10:00:00+02:00',
  participants: [
    { role: 'csw-guardian', agency: 'rs.csw.belgrade' },
    { role: 'competent-authority', agency: 'rs.cptv' },
    { role: 'psychologist' },
  ],
  childParticipation: {
    heard: true,
    manner: 'with-support-person',
    views: 'Wants to stay with the aunt and go to school.',
  },
  outcome: {
    durableSolution: { kind: 'local-integration' },
    reasoning: 'The aunt has cared for the child before; school enrolment is arranged.',
  },
};

export const BEST_INTERESTS_DETERMINATION: MessageTypeDefinition = {
  type: 'nrm.best-interests-determination',
  summary:
    'The best interests determination and durable solution for a child, with the child participating.',
  versions: { 1: BestInterestsDeterminationV1 },
  upgrades: {},
  notes: [
    "Serbian label 'Organ' on participants' `agency`: an agency may be an NGO, and 'organ' names public bodies only; the next version reads 'Ustanova ili organizacija' (seed report terminology review, issue 16).",
  ],
  examples: { 1: example },
  domain: structuralMapping(
    BestInterestsDeterminationV1,
    BestInterestsDetermination,
    'nrm.best-interests-determination v1',
  ),
};
