import { z } from 'zod';
import { addDays } from '../time.js';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';
import { AssistanceCondition } from './assistance-condition.js';
import { ServiceKind } from './service-kind.js';

/**
 * How the person took part in making or reviewing the plan. The SOPs require that the
 * person participates and decides about the support offered (seed report, "Developing an
 * individual care plan"); recording it makes "talked about in the third person" visible.
 */
export const SubjectParticipation = z
  .object({
    participated: z.boolean(),
    /** The person agreed to the plan as made. */
    agreed: z.boolean(),
    /** The person's own wishes, in their words or a faithful summary. */
    views: z.string().min(1).max(4000).optional(),
    /** Why the person did not take part (e.g. in hospital); required when they did not. */
    reasonNotParticipating: z.string().min(1).max(1000).optional(),
  })
  .refine((p) => p.participated || p.reasonNotParticipating !== undefined, {
    message: 'when the person did not participate, say why',
    path: ['reasonNotParticipating'],
  });
export type SubjectParticipation = z.infer<typeof SubjectParticipation>;

/** A service in the plan, with the provider the person chose. */
export const PlannedService = z.object({
  kind: ServiceKind,
  provider: AgencyId,
  /** The person chose this provider (rather than being assigned one). */
  providerChosenBySubject: z.boolean(),
});
export type PlannedService = z.infer<typeof PlannedService>;

/** A periodic joint review: the case manager, partner agencies and the person together. */
export const CarePlanReview = z.object({
  at: Instant,
  participants: z.array(AgencyId).min(2, 'a joint review has at least two agencies').max(30),
  subjectParticipation: SubjectParticipation,
  changes: z.string().max(4000).optional(),
});
export type CarePlanReview = z.infer<typeof CarePlanReview>;

/**
 * The individual care plan, made within the profile's `carePlanDueDays` of the immediate
 * plan's completion (rule CARE_PLAN_DUE) by the competent authority with partner agencies
 * and the person (DOMAIN.md "Rights, periods and deadlines").
 */
export const CarePlan = z.object({
  case: CasePseudonym,
  subject: SubjectPseudonym,
  madeBy: AgencyId,
  madeAt: Instant,
  partnerAgencies: z.array(AgencyId).min(1, 'a care plan is made with partner agencies').max(30),
  subjectParticipation: SubjectParticipation,
  services: z.array(PlannedService).min(1).max(30),
  /** Conditions attached to the assistance; cooperation conditions are a rule violation. */
  conditions: z.array(AssistanceCondition).max(10).default([]),
  /** Interval of the periodic joint reviews. */
  reviewEveryDays: z.number().int().positive().max(366),
  reviews: z.array(CarePlanReview).max(200).default([]),
});
export type CarePlan = z.infer<typeof CarePlan>;

/** When the next joint review is due: the interval after the latest review, or after the plan. */
export function nextCarePlanReviewDue(
  plan: Pick<CarePlan, 'madeAt' | 'reviewEveryDays' | 'reviews'>,
): string {
  const last = plan.reviews.reduce<string>(
    (latest, r) => (Date.parse(r.at) > Date.parse(latest) ? r.at : latest),
    plan.madeAt,
  );
  return addDays(last, plan.reviewEveryDays);
}

/** Whether the joint review is overdue at instant `at`. */
export function isCarePlanReviewOverdue(
  plan: Pick<CarePlan, 'madeAt' | 'reviewEveryDays' | 'reviews'>,
  at: string,
): boolean {
  return Date.parse(at) > Date.parse(nextCarePlanReviewDue(plan));
}
