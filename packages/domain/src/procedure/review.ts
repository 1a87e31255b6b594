import { z } from 'zod';
import { CriterionFinding } from '../criteria/criterion-finding.js';
import { AgencyId, Instant } from '../ids.js';
import { Motivation } from './decision.js';
import type { Official } from './official.js';

/** Who may ask for a review; the jurisdiction profile lists the roles it accepts. */
export const ReviewRequester = z.enum([
  'subject',
  'first-responder',
  'support-provider',
  'referring-agency',
]);
export type ReviewRequester = z.infer<typeof ReviewRequester>;

export const ReviewRequest = z.object({
  requestedBy: ReviewRequester,
  agency: AgencyId.optional(),
  requestedAt: Instant,
  /** The person need not give reasons to ask for a review. */
  grounds: z.string().max(4000).optional(),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/** What the panel concluded. Upholding keeps the refusal (and needs reasons); overturning grants. */
export const ReviewConclusion = z.object({
  outcome: z.enum(['upheld', 'overturned']),
  findings: z.array(CriterionFinding).max(20),
  motivation: Motivation.optional(),
});
export type ReviewConclusion = z.infer<typeof ReviewConclusion>;

/**
 * What a review is of: a refusal of status, or a referral declared inadmissible. The report
 * asks for a procedure to review "a decision rejecting an application for victim
 * identification, as well as a negative decision" (seed report L309-317).
 */
export type ReviewedDecision = 'refusal' | 'inadmissibility';

/** One review, of the refusal issued at `stage` or of the inadmissibility declared in it. */
export interface ReviewRecord {
  readonly stage: string;
  readonly of: ReviewedDecision;
  readonly request: ReviewRequest;
  readonly panel?: readonly Official[];
  readonly panelConstitutedAt?: string;
  readonly conclusion?: ReviewConclusion & { readonly decidedAt: string };
}
