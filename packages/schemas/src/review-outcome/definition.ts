import { Instant, ReviewConclusion } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ReviewOutcomeV1 } from './v1.js';

const example: ReviewOutcomeV1 = {
  outcome: 'overturned',
  findings: [
    {
      criterion: 'crit.means',
      finding: 'met',
      reasoning:
        'Retention of the passport and a growing debt amount to abuse of a position of vulnerability.',
      evidence: ['interview', 'documents'],
    },
  ],
  decidedAt: '2026-05-30T12:00:00+02:00',
};

export const REVIEW_OUTCOME: MessageTypeDefinition = {
  type: 'nrm.review-outcome',
  summary: 'The independent review panel upholds or overturns a negative identification decision.',
  versions: { 1: ReviewOutcomeV1 },
  upgrades: {},
  examples: { 1: example },
  // The domain keeps the conclusion of a review record together with when it was decided.
  domain: structuralMapping(
    ReviewOutcomeV1,
    ReviewConclusion.extend({ decidedAt: Instant }),
    'nrm.review-outcome v1',
  ),
};
