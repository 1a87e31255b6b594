import { z } from 'zod';
import { AgencyKind } from '../agency/agency-kind.js';
import { CountryCode } from '../country.js';
import { ConsentGiver } from '../data-protection/vocabulary.js';

/**
 * Everything that differs between countries' NRMs is data in a profile, never a code
 * branch: decision stages, periods, deadlines, who may ask for a review. Rules and
 * deadline functions read the profile they are given.
 */
export const DecisionStage = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  label: z.string(),
  /** The stage whose positive outcome grants victim status (the last one). */
  conclusive: z.boolean(),
  /** Earliest day (after referral) on which this decision may be issued, if any. */
  notBeforeDays: z.number().int().min(0).optional(),
  /** Target for the decision, counted from the referral (or from the previous stage). */
  targetDays: z.number().int().positive().optional(),
});
export type DecisionStage = z.infer<typeof DecisionStage>;

export const JurisdictionProfile = z.object({
  id: z.string(),
  country: CountryCode,
  name: z.string(),
  /** Source of the figures, for the DPO and auditors. */
  source: z.string(),
  competentAuthorityKind: AgencyKind,
  decisionStages: z.array(DecisionStage).min(1),
  recoveryPeriod: z.object({
    days: z.number().int().positive(),
    /** Days is a minimum (UK) rather than a fixed period (Serbia). */
    minimum: z.boolean(),
    extendable: z.boolean(),
    /** Whether citizens also get it (Serbian SOPs extend it to citizens). */
    appliesToCitizens: z.boolean(),
  }),
  temporaryResidencePermitDays: z.number().int().positive(),
  carePlanDueDays: z.number().int().positive(),
  stateFundedAccommodationDays: z.number().int().positive(),
  materialAssistanceMonthsPerYear: z.number().int().min(0).max(12),
  childMaxInterviews: z.number().int().positive(),
  review: z.object({
    /** `independent-panel`: people other than the decision-makers; `reconsideration`: same authority, other officials. */
    kind: z.enum(['independent-panel', 'reconsideration']),
    requestedBy: z
      .array(z.enum(['subject', 'first-responder', 'support-provider', 'referring-agency']))
      .min(1),
    requestWithinDays: z.number().int().positive().optional(),
  }),
  /** Who may give consent for a child. */
  childConsentBy: z.array(ConsentGiver).min(1),
  /** Agency kind that must be addressed in every child referral. */
  childProtectionAgencyKind: AgencyKind,
  ageOfMajority: z.number().int().positive(),
});
export type JurisdictionProfile = z.infer<typeof JurisdictionProfile>;
