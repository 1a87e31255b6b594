import { z } from 'zod';
import { ConsentId } from '../consent/consent-record.js';
import { DENIAL_DETAILS } from '../consent/disclosure-decision.js';
import { DataCategory, Purpose } from '../data-protection/vocabulary.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { PolicyBasis } from '../lawful-basis/lawful-basis-policy.js';

/** What became of one disclosure decision, as the transparency log records it. */
export const DISCLOSURE_OUTCOMES = ['allowed', 'denied', 'withheld'] as const;
export const DisclosureOutcome = z.enum(DISCLOSURE_OUTCOMES);
export type DisclosureOutcome = z.infer<typeof DisclosureOutcome>;

/**
 * Why a disclosure was refused at submit: the consent evaluation's details, plus the
 * routing refusal (S1: a child referral without the competent CSW).
 */
export const DENIAL_REASON_CODES = [...DENIAL_DETAILS, 'route-forbidden'] as const;
/** Why an accepted disclosure was held back before delivery (DESIGN.md "Delivery"). */
export const WITHHOLDING_REASON_CODES = ['consent-withdrawn', 'consent-lapsed'] as const;

export const DisclosureReasonCode = z.enum([...DENIAL_REASON_CODES, ...WITHHOLDING_REASON_CODES]);
export type DisclosureReasonCode = z.infer<typeof DisclosureReasonCode>;

/** The basis a disclosure relied on: a consent, or a policy rule in a given version. */
export const RecordedBasis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consent'), lawfulBasis: z.literal('consent'), consentId: ConsentId }),
  z.object({
    kind: z.literal('policy'),
    lawfulBasis: PolicyBasis,
    policyId: z.string().regex(/^[a-z0-9-]+$/),
    policyVersion: z.number().int().positive(),
    ruleId: z.string().regex(/^[a-z0-9-]+$/),
  }),
]);
export type RecordedBasis = z.infer<typeof RecordedBasis>;

const DENIAL_SET: ReadonlySet<string> = new Set(DENIAL_REASON_CODES);
const WITHHOLDING_SET: ReadonlySet<string> = new Set(WITHHOLDING_REASON_CODES);
const after = (a: string, b: string): boolean => Date.parse(a) >= Date.parse(b);

/**
 * One disclosure decision about one subject to one recipient. Pseudonymous facts only —
 * the same facts the gateway's transparency log keeps, never payload content — so a
 * subject access report can be built from the log alone (DESIGN.md "Transparency log").
 */
export const DisclosureRecord = z
  .object({
    messageId: z.uuid(),
    /** Wire type, e.g. `nrm.referral`. */
    messageType: z.string().regex(/^nrm\.[a-z]+(-[a-z]+)*$/, 'a message type is "nrm.<words>"'),
    subject: SubjectPseudonym,
    sender: AgencyId,
    recipient: AgencyId,
    /** When the gateway decided. */
    at: Instant,
    purpose: Purpose,
    categories: z.array(DataCategory).min(1),
    outcome: DisclosureOutcome,
    /** Present when a basis carried the disclosure (allowed, or withheld afterwards). */
    basis: RecordedBasis.optional(),
    /** Required for denied and withheld outcomes. */
    reasonCode: DisclosureReasonCode.optional(),
    /** For a routing refusal: the routing rule that refused it (`CHILD_REFERRAL_INCLUDES_CSW`). */
    reasonDetail: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,79}$/)
      .optional(),
    deliveredAt: Instant.optional(),
    acknowledgedAt: Instant.optional(),
  })
  .superRefine((r, ctx) => {
    const issue = (message: string, path: string): void => {
      ctx.addIssue({ code: 'custom', message, path: [path] });
    };
    if (r.outcome !== 'denied' && r.basis === undefined) {
      issue(`an ${r.outcome} disclosure names the basis it relied on`, 'basis');
    }
    if (r.outcome === 'allowed' && r.reasonCode !== undefined) {
      issue('an allowed disclosure has no refusal reason', 'reasonCode');
    }
    if (r.outcome === 'denied' && (r.reasonCode === undefined || !DENIAL_SET.has(r.reasonCode))) {
      issue('a denied disclosure carries a denial reason code', 'reasonCode');
    }
    if (
      r.outcome === 'withheld' &&
      (r.reasonCode === undefined || !WITHHOLDING_SET.has(r.reasonCode))
    ) {
      issue('a withheld disclosure carries a withholding reason code', 'reasonCode');
    }
    if (r.outcome !== 'allowed' && r.deliveredAt !== undefined) {
      issue('only an allowed disclosure is delivered', 'deliveredAt');
    }
    if (r.deliveredAt !== undefined && !after(r.deliveredAt, r.at)) {
      issue('delivery cannot precede the decision', 'deliveredAt');
    }
    if (r.acknowledgedAt !== undefined) {
      if (r.deliveredAt === undefined) {
        issue('an acknowledgement needs a delivery', 'acknowledgedAt');
      } else if (!after(r.acknowledgedAt, r.deliveredAt)) {
        issue('acknowledgement cannot precede delivery', 'acknowledgedAt');
      }
    }
  });
export type DisclosureRecord = z.infer<typeof DisclosureRecord>;
