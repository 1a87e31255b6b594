import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ReviewOutcomeV1 } from './v1.js';

const example: ReviewOutcomeV1 = {
  decisionId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600003',
  outcome: 'overturned',
  findings: [
    {
      criterion: 'crit.means',
      finding: 'met',
      reasoning: 'Retention of the passport and a growing debt amount to abuse of a position of vulnerability.',
      evidence: ['interview', 'documents'],
    },
  ],
  panel: [
    { id: 'panel.ana', agency: 'rs.review-panel' },
    { id: 'panel.petar', agency: 'rs.review-panel' },
  ],
  decidedAt: '2026-05-30T12:00:00+02:00',
};

export const REVIEW_OUTCOME: MessageTypeDefinition = {
  type: 'nrm.review-outcome',
  summary: 'The independent review panel upholds or overturns a negative identification decision.',
  versions: { 1: ReviewOutcomeV1 },
  upgrades: {},
  examples: { 1: example },
};
