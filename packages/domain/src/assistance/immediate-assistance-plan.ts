import { z } from 'zod';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';
import { ServiceKind } from './service-kind.js';

/**
 * The initial plan of immediate assistance, made as soon as a presumed victim is referred
 * (presumed victims are assisted from the outset). Its completion starts the care-plan
 * deadline (DOMAIN.md "Rights, periods and deadlines": care plan; rule CARE_PLAN_DUE).
 */
export const ImmediateAssistancePlan = z
  .object({
    case: CasePseudonym,
    subject: SubjectPseudonym,
    madeBy: AgencyId,
    startedAt: Instant,
    services: z.array(ServiceKind).min(1).max(20),
    /** Absent while the immediate plan is still being carried out. */
    completedAt: Instant.optional(),
  })
  .refine(
    (p) => p.completedAt === undefined || Date.parse(p.completedAt) >= Date.parse(p.startedAt),
    {
      message: 'an immediate assistance plan cannot be completed before it started',
      path: ['completedAt'],
    },
  );
export type ImmediateAssistancePlan = z.infer<typeof ImmediateAssistancePlan>;
