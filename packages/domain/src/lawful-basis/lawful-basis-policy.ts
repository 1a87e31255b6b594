import { z } from 'zod';
import { AgencyKind } from '../agency/agency-kind.js';
import { CountryCode } from '../country.js';
import { DataCategory, LawfulBasis, Purpose } from '../data-protection/vocabulary.js';
import { Instant } from '../ids.js';

/**
 * Which agencies a rule speaks of. `profile-role` resolves through the jurisdiction
 * profile, so one policy shape serves every country (CPTV in Serbia, the Single Competent
 * Authority in the UK; the CSW as child-protection agency).
 */
export const PartySelector = z.discriminatedUnion('by', [
  z.object({ by: z.literal('any') }),
  z.object({ by: z.literal('kind'), kinds: z.array(AgencyKind).min(1) }),
  z.object({
    by: z.literal('profile-role'),
    role: z.enum(['competent-authority', 'child-protection-agency']),
  }),
]);
export type PartySelector = z.infer<typeof PartySelector>;

/** A lawful basis other than consent is only ever one of these (DOMAIN.md "Data protection"). */
export const PolicyBasis = LawfulBasis.exclude(['consent']);
export type PolicyBasis = z.infer<typeof PolicyBasis>;

/**
 * One rule of the policy: a disclosure without consent is lawful when sender, recipient,
 * subject, purpose and every category fall inside it. `categories` is a ceiling: the rule
 * never lets more go than it names (data minimisation).
 */
export const LawfulBasisRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a rule id is lower-case words joined by hyphens'),
  basis: PolicyBasis,
  description: z.string().min(1).max(500),
  sender: PartySelector,
  recipient: PartySelector,
  subjects: z.enum(['any', 'child', 'adult']),
  purposes: z.array(Purpose).min(1),
  categories: z.array(DataCategory).min(1),
  /** The sender must state why (vital interests): the text goes to the transparency log. */
  requiresJustification: z.boolean(),
  /** Tell the data protection officer whenever the rule is used. */
  alertDpo: z.boolean(),
  /** Only considered when the sender asks for this basis, never as a silent fallback. */
  explicitOnly: z.boolean(),
  /**
   * The wire message types the rule carries (`nrm.referral`); absent: any. A legal duty is
   * a duty to send one kind of message, so its minimum is decided per message type.
   */
  messageTypes: z
    .array(z.string().regex(/^nrm\.[a-z][a-z-]*$/, 'a wire message type such as nrm.referral'))
    .min(1)
    .optional(),
  /** The legal source of a non-consent rule (act, article; seed report lines), for the DPO. */
  source: z.string().min(1).max(500).optional(),
});
export type LawfulBasisRule = z.infer<typeof LawfulBasisRule>;

/**
 * The policy is data, versioned and shown in the admin app (DESIGN.md "Consent and
 * lawful basis"); a disclosure decision records the rule id and the version it used.
 */
export const LawfulBasisPolicy = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.number().int().positive(),
    jurisdiction: CountryCode,
    effectiveFrom: Instant,
    rules: z.array(LawfulBasisRule).min(1).max(100),
  })
  .refine((p) => new Set(p.rules.map((r) => r.id)).size === p.rules.length, {
    message: 'rule ids must be unique within a policy',
    path: ['rules'],
  });
export type LawfulBasisPolicy = z.infer<typeof LawfulBasisPolicy>;
