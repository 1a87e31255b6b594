import { z } from 'zod';
import { CriterionFinding } from '../criteria/criterion-finding.js';
import { AgencyId, Instant } from '../ids.js';
import { Official } from './official.js';

export const DecisionOutcome = z.enum(['granted', 'refused']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** Who a decision is sent to: the person (possibly through an agency) or an agency. */
export const DecisionRecipient = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subject'), via: AgencyId.optional() }),
  z.object({ kind: z.literal('agency'), agency: AgencyId }),
]);
export type DecisionRecipient = z.infer<typeof DecisionRecipient>;

/** Written reasons of a decision and who receives them (NEGATIVE_DECISION_REQUIRES_MOTIVATION). */
export const Motivation = z.object({
  text: z.string().max(20_000),
  language: z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code'),
  sendTo: z.array(DecisionRecipient).max(20),
  /** The text tells the person how to ask for a review (DOMAIN.md: "the person is informed of this right"). */
  informsOfReviewRight: z.boolean(),
});
export type Motivation = z.infer<typeof Motivation>;

/** The decision content as drafted by the case worker. */
export const DecisionContent = z.object({
  outcome: DecisionOutcome,
  findings: z.array(CriterionFinding).max(20),
  motivation: Motivation.optional(),
  draftedBy: Official,
});
export type DecisionContent = z.infer<typeof DecisionContent>;

/** A draft of the decision for one stage of the jurisdiction's procedure. */
export const DraftDecision = DecisionContent.extend({ stage: z.string(), draftedAt: Instant });
export type DraftDecision = z.infer<typeof DraftDecision>;

/** A decision approved by a senior official and issued. */
export const IssuedDecision = DraftDecision.extend({ approvedBy: Official, issuedAt: Instant });
export type IssuedDecision = z.infer<typeof IssuedDecision>;
