import {
  CONSULTATION_ROLES_BEFORE_REFUSAL,
  type ConsultationEntry,
} from '../procedure/consultation.js';
import type { DecisionOutcome } from '../procedure/decision.js';
import { violation, type RuleCheck } from '../result.js';
import { daysBetween, isBefore } from '../time.js';

/**
 * NEGATIVE_DECISION_REQUIRES_CONSULTATION — before a refusal the Centre should "contact and
 * enquire in a collaborative manner" with the referring agency, the support provider, the
 * competent CSW and the police, "to discuss the case and to give them the opportunity to
 * contribute" (seed L348-353). A request sent a minute before the decision is no such
 * opportunity: a consultation counts when an opinion was received, or when at least the
 * profile's `minimumDaysToRespond` passed between the request and the decision. Otherwise
 * the reason why an agency was not consulted is recorded.
 */
export function negativeDecisionRequiresConsultation(
  outcome: DecisionOutcome,
  consultations: readonly ConsultationEntry[],
  decidedAt: string,
  minimumDaysToRespond: number,
): RuleCheck {
  if (outcome !== 'refused') {
    return [];
  }
  const counts = (c: ConsultationEntry): boolean => {
    if (c.status === 'not-consulted') {
      return c.reason.trim().length > 0;
    }
    if (isBefore(decidedAt, c.requestedAt)) {
      return false;
    }
    const answered = c.opinion !== undefined && c.opinion.trim().length > 0;
    return answered || daysBetween(c.requestedAt, decidedAt) >= minimumDaysToRespond;
  };
  return CONSULTATION_ROLES_BEFORE_REFUSAL.flatMap((role) =>
    consultations.some((c) => c.role === role && counts(c))
      ? []
      : [
          violation(
            'NEGATIVE_DECISION_REQUIRES_CONSULTATION',
            `before a refusal the ${role} must be consulted (an opinion received, or ${minimumDaysToRespond} days to answer), or the reason why not recorded`,
            ['consultations'],
          ),
        ],
  );
}
