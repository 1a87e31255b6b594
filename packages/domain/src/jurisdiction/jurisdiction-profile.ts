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
  /** Earliest day (counted per `countFrom`) on which this decision may be issued, if any. */
  notBeforeDays: z.number().int().min(0).optional(),
  /** Target for the decision, counted per `countFrom`, in `targetUnit`. */
  targetDays: z.number().int().positive().optional(),
  targetUnit: z.enum(['calendar-days', 'working-days']).default('calendar-days'),
  /**
   * What the periods count from: the referral, or the positive decision of the previous
   * stage (the UK conclusive-grounds decision waits for the end of the recovery period that
   * starts with the positive reasonable-grounds decision).
   */
  countFrom: z.enum(['referral', 'previous-stage-decision']).default('referral'),
  /** Where the stage's periods come from. */
  source: z.string().optional(),
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
  /**
   * The authorities that take identification decisions. One in Serbia (CPTV); two in the UK,
   * deciding on different cases (SCA, IECA).
   */
  competentAuthorities: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        name: z.string(),
        /** Which cases it decides, in words. */
        decides: z.string(),
      }),
    )
    .min(1),
  recoveryPeriod: z.object({
    days: z.number().int().positive(),
    /** Days is a minimum (UK) rather than a fixed period (Serbia). */
    minimum: z.boolean(),
    extendable: z.boolean(),
    /** Whether citizens also get it (Serbian SOPs extend it to citizens). */
    appliesToCitizens: z.boolean(),
    /**
     * When it starts: when the authority grants it (Serbia: the CPTV's positive assessment,
     * seed L1280-1284), or with the positive decision of the first stage (UK: reasonable grounds).
     */
    startsWith: z.enum(['grant', 'positive-first-stage-decision']),
    source: z.string(),
  }),
  /** Validity of a temporary residence permit tied to a granted status; absent where no source gives one. */
  temporaryResidencePermitDays: z.number().int().positive().optional(),
  /** Days after the immediate-assistance plan by which the care plan is due; absent where no source gives one. */
  carePlanDueDays: z.number().int().positive().optional(),
  /** Days of state-funded accommodation from its start; absent where no source gives one. */
  stateFundedAccommodationDays: z.number().int().positive().optional(),
  /** Days of support that continue after a positive conclusive decision (UK: 45 days of move-on support). */
  supportAfterConclusiveDecisionDays: z.number().int().positive().optional(),
  /**
   * A yearly limit on material assistance (an allowance) and whom it applies to; absent
   * where no source gives one.
   */
  materialAssistance: z
    .object({
      monthsPerYear: z.number().int().min(0).max(12),
      /** The limit applies to the jurisdiction's citizens only. */
      citizensOnly: z.boolean(),
      /** The limit applies to people capable of working only. */
      capableOfWorkingOnly: z.boolean(),
      source: z.string(),
    })
    .optional(),
  /**
   * Most interviews of a child victim in criminal proceedings (Serbia: two, Law on Juvenile
   * Offenders, seed L2456-2459). Not a rule of the identification procedure.
   */
  childProceedingsMaxInterviews: z.number().int().positive().optional(),
  /**
   * Before a refusal, a consultation counts when an opinion was received, or when at least
   * `minimumDaysToRespond` passed since it was requested without one. The report asks for a
   * discussion of the case (seed L348-353), not a notice; the interval is the operator's.
   */
  consultationBeforeRefusal: z.object({
    minimumDaysToRespond: z.number().int().min(1),
    source: z.string(),
  }),
  /** Who must report a potential case to the police or prosecutor (Serbia: every public body, L1291-1293). */
  dutyToReport: z
    .object({
      who: z.enum(['every-public-body', 'specified-public-authorities']),
      to: z.array(AgencyKind).min(1),
      source: z.string(),
    })
    .optional(),
  /**
   * A duty to notify the state of a potential victim, separate from a referral (UK s.52
   * Modern Slavery Act 2015, form MS1): anonymous for an adult who does not consent.
   */
  dutyToNotify: z
    .object({
      form: z.string(),
      notifies: z.string(),
      anonymousWithoutConsent: z.enum(['adults', 'never']),
      source: z.string(),
    })
    .optional(),
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
