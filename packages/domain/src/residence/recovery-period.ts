import { z } from 'zod';
import { AssistanceCondition } from '../assistance/assistance-condition.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { PeriodExtension } from './period-extension.js';

/**
 * Grounds on which a recovery period may end early. CoE Convention Art. 13.3 allows
 * public order or an improperly claimed status; `declined-cooperation` is in the
 * vocabulary only so that such a termination can be named and refused (rule RECOVERY_PERIOD).
 */
export const RecoveryPeriodTerminationReason = z.enum([
  'public-order',
  'status-claimed-improperly',
  'person-left-voluntarily',
  'residence-permit-granted',
  'declined-cooperation',
]);
export type RecoveryPeriodTerminationReason = z.infer<typeof RecoveryPeriodTerminationReason>;

/**
 * The recovery/reflection period (DOMAIN.md "Rights, periods and deadlines"). Its length
 * is not stored: it comes from the jurisdiction profile plus extensions
 * (`recoveryPeriodEndsAt`), so a period can never silently disagree with the law it
 * follows.
 */
export const RecoveryPeriod = z
  .object({
    subject: SubjectPseudonym,
    grantedBy: AgencyId,
    startedAt: Instant,
    extensions: z.array(PeriodExtension).max(20).default([]),
    /** Conditions attached; cooperation conditions violate RECOVERY_PERIOD. */
    conditions: z.array(AssistanceCondition).max(10).default([]),
    terminated: z.object({ at: Instant, reason: RecoveryPeriodTerminationReason }).optional(),
  })
  .refine(
    (p) => p.terminated === undefined || Date.parse(p.terminated.at) >= Date.parse(p.startedAt),
    {
      message: 'a recovery period cannot end before it starts',
      path: ['terminated', 'at'],
    },
  );
export type RecoveryPeriod = z.infer<typeof RecoveryPeriod>;
