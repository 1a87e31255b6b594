import { z } from 'zod';
import { CriterionFindingV1, MotivationV1, OfficialV1 } from '../common/fragments-v1.js';
import { InstantV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.review-outcome` v1 — the independent panel upholds or overturns the decision. FROZEN. */
export const ReviewOutcomeV1 = z.strictObject({
  decisionId: f(UuidV1, 'process', 'internal', 'Decision id', 'Identifikator odluke', 'Decision reviewed.'),
  outcome: f(z.enum(['upheld', 'overturned']), 'process', 'personal', 'Outcome', 'Ishod', 'Whether the decision stands.'),
  findings: f(z.array(CriterionFindingV1).max(20), 'exploitation', 'personal', 'Findings', 'Nalazi', "The panel's finding on each criterion."),
  motivation: f(MotivationV1.optional(), 'exploitation', 'personal', 'Motivation', 'Obrazloženje', 'Written reasons of the panel.'),
  panel: f(z.array(OfficialV1).min(1).max(7), 'process', 'internal', 'Panel', 'Komisija', 'Members of the panel; none took part in the decision.'),
  decidedAt: f(InstantV1, 'process', 'internal', 'Decided at', 'Vreme odlučivanja', 'When the panel decided.'),
});
export type ReviewOutcomeV1 = z.infer<typeof ReviewOutcomeV1>;
