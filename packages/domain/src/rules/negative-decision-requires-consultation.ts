import {
  CONSULTATION_ROLES_BEFORE_REFUSAL,
  type ConsultationEntry,
} from '../procedure/consultation.js';
import type { DecisionOutcome } from '../procedure/decision.js';
import { violation, type RuleCheck } from '../result.js';
import { isBefore } from '../time.js';

/**
 * NEGATIVE_DECISION_REQUIRES_CONSULTATION — DOMAIN.md "What the assessment recommends":
 * before a negative decision the referring agency, the agency providing support, the
 * competent CSW and the police are consulted (they may contribute information and an
 * expert opinion), or the reason why one was not is recorded. A consultation requested
 * after `decidedAt` does not count.
 */
export function negativeDecisionRequiresConsultation(
  outcome: DecisionOutcome,
  consultations: readonly ConsultationEntry[],
  decidedAt: string,
): RuleCheck {
  if (outcome !== 'refused') {
    return [];
  }
  return CONSULTATION_ROLES_BEFORE_REFUSAL.flatMap((role) => {
    const forRole = consultations.filter((c) => c.role === role);
    const satisfied = forRole.some((c) =>
      c.status === 'consulted' ? !isBefore(decidedAt, c.requestedAt) : c.reason.trim().length > 0,
    );
    return satisfied
      ? []
      : [
          violation(
            'NEGATIVE_DECISION_REQUIRES_CONSULTATION',
            `before a refusal the ${role} must be consulted, or the reason why not recorded`,
            ['consultations'],
          ),
        ];
  });
}
