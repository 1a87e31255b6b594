import { z } from 'zod';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { AssistanceCondition } from './assistance-condition.js';
import { ServiceKind } from './service-kind.js';

/**
 * Why a service was refused, suspended or withdrawn. `declined-cooperation` is in the
 * vocabulary only so that such a decision can be named and refused: withdrawing assistance
 * because the person declined to cooperate with police or prosecution is never allowed
 * (rule ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION).
 */
export const SERVICE_DECISION_REASONS = [
  'person-declined-service',
  'need-met',
  'no-capacity',
  'not-eligible',
  'safety-risk',
  'serious-breach-of-house-rules',
  'moved-out-of-area',
  'declined-cooperation',
] as const;
export const ServiceDecisionReason = z.enum(SERVICE_DECISION_REASONS);
export type ServiceDecisionReason = z.infer<typeof ServiceDecisionReason>;

/** A provider's or case manager's decision on one service for one person. */
export const ServiceDecision = z
  .object({
    subject: SubjectPseudonym,
    service: ServiceKind,
    decidedBy: AgencyId,
    decidedAt: Instant,
    outcome: z.enum(['granted', 'refused', 'suspended', 'withdrawn']),
    conditions: z.array(AssistanceCondition).max(10).default([]),
    reasons: z.array(ServiceDecisionReason).max(10).default([]),
    motivation: z.string().max(4000).optional(),
  })
  .refine((d) => d.outcome === 'granted' || d.reasons.length > 0, {
    message: 'a refusal, suspension or withdrawal states its reasons',
    path: ['reasons'],
  });
export type ServiceDecision = z.infer<typeof ServiceDecision>;
