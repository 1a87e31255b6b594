import { z } from 'zod';
import { AgencyKind } from '../agency/agency-kind.js';
import { ConsentGiver, DataCategory, Purpose } from '../data-protection/vocabulary.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';

/** Consent records are addressed by a UUID minted by the controller agency's system. */
export const ConsentId = z.uuid().brand<'ConsentId'>();
export type ConsentId = z.infer<typeof ConsentId>;

/**
 * Who may receive the data: one named agency, or every agency of a kind ("any CSW").
 * Consent forms name both ways, so both are kept apart rather than resolved early.
 */
export const ConsentRecipient = z.discriminatedUnion('by', [
  z.object({ by: z.literal('agency'), agency: AgencyId }),
  z.object({ by: z.literal('kind'), kind: AgencyKind }),
]);
export type ConsentRecipient = z.infer<typeof ConsentRecipient>;

/**
 * An agency, or kind of agency, that may disclose under a consent besides its controller.
 * Named like a recipient because consent forms name disclosers the same two ways.
 */
export const ConsentDiscloser = ConsentRecipient;
export type ConsentDiscloser = ConsentRecipient;

/**
 * The scope of one informed consent, as signed by the controller agency that obtained it
 * (DESIGN.md "Consent and lawful basis"). The signed form itself stays encrypted; this is
 * what the gateway may read to decide a disclosure.
 */
export const ConsentRecord = z
  .object({
    id: ConsentId,
    subject: SubjectPseudonym,
    /** The agency that obtained the consent and is accountable for it. */
    controller: AgencyId,
    givenBy: ConsentGiver,
    recipients: z.array(ConsentRecipient).min(1).max(50),
    /**
     * Who besides the controller may rely on the consent to disclose, where the person agreed
     * to it. Absent (every v1 consent): only the controller may; a consent is the person's
     * permission to the agency that asked, not to whoever learns its id.
     */
    disclosers: z.array(ConsentDiscloser).max(50).default([]),
    purposes: z.array(Purpose).min(1),
    categories: z.array(DataCategory).min(1),
    validFrom: Instant,
    /** Absent: valid until withdrawn. */
    validUntil: Instant.optional(),
    /** ISO 639 code of the language the person was informed in. */
    language: z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code'),
    formVersion: z.string().min(1).max(32),
    obtainedAt: Instant,
  })
  .refine((c) => c.validUntil === undefined || Date.parse(c.validUntil) > Date.parse(c.validFrom), {
    message: 'validUntil must be after validFrom',
    path: ['validUntil'],
  })
  .refine((c) => Date.parse(c.obtainedAt) <= Date.parse(c.validFrom), {
    message: 'a consent cannot take effect before it was obtained',
    path: ['validFrom'],
  });
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/**
 * A withdrawal ends a consent from `withdrawnAt` on; disclosures already made stay lawful,
 * undelivered ones that relied on it are held (SCENARIOS.md S4).
 */
export const ConsentWithdrawal = z.object({
  consentId: ConsentId,
  withdrawnAt: Instant,
  /** The person, or who acted for them (a child's guardian). */
  withdrawnBy: ConsentGiver,
  /** Agency that recorded the withdrawal. */
  recordedBy: AgencyId,
});
export type ConsentWithdrawal = z.infer<typeof ConsentWithdrawal>;
