import { z } from 'zod';
import { CriterionFindingV1, MotivationV1 } from '../common/fragments-v1.js';
import { InstantV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.review-outcome` v1 — the independent panel upholds or overturns the decision (`inReplyTo` the request). FROZEN. */
export const ReviewOutcomeV1 = z.strictObject({
  outcome: f(
    z.enum(['upheld', 'overturned']),
    'process',
    'personal',
    'Outcome',
    'Ishod',
    'Whether the decision stands.',
  ),
  findings: f(
    z.array(CriterionFindingV1).max(20),
    'exploitation',
    'personal',
    'Findings',
    'Nalazi',
    "The panel's finding on each criterion.",
  ),
  motivation: f(
    MotivationV1.optional(),
    'exploitation',
    'personal',
    'Motivation',
    'Obrazloženje',
    'Written reasons of the panel.',
  ),
  decidedAt: f(
    InstantV1,
    'process',
    'internal',
    'Decided at',
    'Vreme odlučivanja',
    'When the panel decided.',
  ),
});
export type ReviewOutcomeV1 = z.infer<typeof ReviewOutcomeV1>;
