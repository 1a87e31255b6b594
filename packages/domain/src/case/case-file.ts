import { z } from 'zod';
import { AgencyKind } from '../agency/agency-kind.js';
import { Exploitation } from '../exploitation/exploitation-form.js';
import { AgencyId, CasePseudonym, Instant } from '../ids.js';
import { isTreatedAsChild } from '../person/child-status.js';
import { Subject } from '../person/subject.js';
import { FirstResponderChannel } from '../referral/first-responder-channel.js';

/**
 * How the identification procedure ended at first instance. `not-admitted` covers a
 * referral rejected at admissibility or dismissed because the person is no longer
 * available (DOMAIN.md "Identification procedure" step 2).
 */
export const CaseFileOutcome = z.enum(['granted', 'refused', 'not-admitted']);
export type CaseFileOutcome = z.infer<typeof CaseFileOutcome>;

/** Case status in the words of HTCDS `cas_Status`. */
export const CaseFileStatus = z.enum(['active', 'follow-up', 'closed', 'closed-referred']);
export type CaseFileStatus = z.infer<typeof CaseFileStatus>;

const after = (later: string | undefined, earlier: string): boolean =>
  later === undefined || Date.parse(later) >= Date.parse(earlier);

/**
 * A summary of one case as the competent authority holds it: enough for public
 * performance figures and for an HTCDS export, nothing more (no narrative, no names).
 * It is a read model, not the procedure itself; the procedure's records feed it.
 */
export const CaseFile = z
  .object({
    casePseudonym: CasePseudonym,
    subject: Subject,
    referral: z.object({
      referredAt: Instant,
      channel: FirstResponderChannel,
      referringAgency: AgencyId,
      exploitation: Exploitation,
    }),
    decision: z
      .object({ outcome: CaseFileOutcome, decidedAt: Instant, decidedByKind: AgencyKind })
      .optional(),
    /** Multi-agency consultation (NEGATIVE_DECISION_REQUIRES_CONSULTATION). */
    consultation: z.object({ requestedAt: Instant, completedAt: Instant.optional() }).optional(),
    review: z
      .object({
        requestedAt: Instant,
        outcome: z.enum(['upheld', 'overturned']).optional(),
        decidedAt: Instant.optional(),
      })
      .refine((r) => (r.outcome === undefined) === (r.decidedAt === undefined), {
        message: 'a review outcome and its date come together',
        path: ['decidedAt'],
      })
      .optional(),
    /** CARE_PLAN_DUE: the care plan follows the immediate assistance plan within the profile's days. */
    carePlan: z
      .object({ immediatePlanCompletedAt: Instant, carePlanAdoptedAt: Instant.optional() })
      .optional(),
    status: CaseFileStatus,
    /** The person agreed to their data being managed (HTCDS `con_Consent`). */
    dataProcessingConsent: z.boolean(),
  })
  .superRefine((f, ctx) => {
    if (f.decision !== undefined && !after(f.decision.decidedAt, f.referral.referredAt)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a decision cannot precede the referral',
        path: ['decision', 'decidedAt'],
      });
    }
    if (f.review !== undefined && f.decision?.outcome !== 'refused') {
      ctx.addIssue({ code: 'custom', message: 'only a refusal can be reviewed', path: ['review'] });
    }
    if (
      f.review !== undefined &&
      f.decision !== undefined &&
      !after(f.review.requestedAt, f.decision.decidedAt)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'a review is requested after the decision',
        path: ['review', 'requestedAt'],
      });
    }
    if (
      f.carePlan !== undefined &&
      !after(f.carePlan.carePlanAdoptedAt, f.carePlan.immediatePlanCompletedAt)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'the care plan follows the immediate assistance plan',
        path: ['carePlan', 'carePlanAdoptedAt'],
      });
    }
  });
export type CaseFile = z.infer<typeof CaseFile>;

/** Whether the person was on the child route when referred (AGE_DISPUTED_TREATED_AS_CHILD). */
export function isChildAtReferral(file: CaseFile): boolean {
  return isTreatedAsChild(file.subject.age, file.referral.referredAt);
}

/** Victim status after any review: an overturned refusal counts as granted. */
export function finalOutcome(file: CaseFile): CaseFileOutcome | undefined {
  return file.review?.outcome === 'overturned' ? 'granted' : file.decision?.outcome;
}
