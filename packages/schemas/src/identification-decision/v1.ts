import { z } from 'zod';
import { CriterionFindingV1, MotivationV1, OfficialV1 } from '../common/fragments-v1.js';
import { InstantV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.identification-decision` v1 — victim status granted or refused, citing the criteria
 * applied; a refusal carries written motivation and the right to a review. FROZEN.
 */
export const IdentificationDecisionV1 = z.strictObject({
  decisionId: f(UuidV1, 'process', 'internal', 'Decision id', 'Identifikator odluke', 'Id of the decision; a review request names it.'),
  outcome: f(z.enum(['granted', 'refused']), 'process', 'personal', 'Outcome', 'Ishod', 'Victim status granted or refused.'),
  stage: f(textV1(64), 'process', 'internal', 'Stage', 'Faza', "Stage of the jurisdiction's procedure (e.g. final)."),
  findings: f(z.array(CriterionFindingV1).min(1).max(20), 'exploitation', 'personal', 'Findings', 'Nalazi', 'Finding on each criterion applied.'),
  motivation: f(MotivationV1.optional(), 'exploitation', 'personal', 'Motivation', 'Obrazloženje', 'Written reasons; required by policy for a refusal.'),
  draftedBy: f(OfficialV1, 'process', 'internal', 'Drafted by', 'Nacrt sačinio', 'Case worker who drafted the decision.'),
  approvedBy: f(OfficialV1, 'process', 'internal', 'Approved by', 'Odobrio', 'Senior official who approved it (four eyes).'),
  issuedAt: f(InstantV1, 'process', 'internal', 'Issued at', 'Vreme donošenja', 'When the decision was issued.'),
  reviewRightNotified: f(z.boolean(), 'process', 'internal', 'Review right notified', 'Obavešten o pravu na preispitivanje', 'The person was told how to ask for a review.'),
});
export type IdentificationDecisionV1 = z.infer<typeof IdentificationDecisionV1>;
