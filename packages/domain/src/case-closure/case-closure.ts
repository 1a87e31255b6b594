import { z } from 'zod';
import { ServiceKind } from '../assistance/service-kind.js';
import { DurableSolutionKind } from '../child-protection/durable-solution.js';
import { CountryCode } from '../country.js';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';

/** Why a case was closed. Each reason carries what a later reader needs to follow up. */
export const CaseClosureReason = z.discriminatedUnion('kind', [
  /** Resettled to a third country (scenario S6: with UNHCR). */
  z.object({
    kind: z.literal('resettlement'),
    country: CountryCode,
    arrangedBy: z.enum(['unhcr', 'iom', 'state']),
  }),
  z.object({ kind: z.literal('durable-solution-reached'), solution: DurableSolutionKind }),
  /** The person no longer wants assistance; they may come back at any time. */
  z.object({ kind: z.literal('person-withdrew'), toldHowToReturn: z.boolean() }),
  /** The person moved abroad; whether a transnational referral went with them. */
  z.object({
    kind: z.literal('moved-abroad'),
    country: CountryCode,
    transnationalReferralSent: z.boolean(),
  }),
  z.object({ kind: z.literal('returned'), country: CountryCode }),
  z.object({ kind: z.literal('assistance-completed') }),
  z.object({ kind: z.literal('contact-lost'), lastContactAt: Instant }),
]);
export type CaseClosureReason = z.infer<typeof CaseClosureReason>;

/**
 * The closure of a case. It lists the services provided so that a provider meeting the
 * person later knows what was already offered (continuum of care, DOMAIN.md).
 */
export const CaseClosure = z.object({
  case: CasePseudonym,
  subject: SubjectPseudonym,
  closedBy: AgencyId,
  closedAt: Instant,
  reason: CaseClosureReason,
  servicesProvided: z.array(ServiceKind).max(30).default([]),
  summary: z.string().max(4000).optional(),
});
export type CaseClosure = z.infer<typeof CaseClosure>;
