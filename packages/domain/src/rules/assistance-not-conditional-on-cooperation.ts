import { isCooperationCondition } from '../assistance/assistance-condition.js';
import type { CarePlan } from '../assistance/care-plan.js';
import type { ServiceDecision } from '../assistance/service-decision.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';

/**
 * ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION — DOMAIN.md "What the assessment recommends":
 * assistance is never conditional on cooperation with authorities. Flags a care plan or a
 * service decision that names cooperation with police or prosecution (or testimony) as a
 * condition, and any refusal, suspension or withdrawal of a service because the person
 * declined to cooperate.
 */
export function assistanceNotConditionalOnCooperation(input: {
  readonly carePlan?: Pick<CarePlan, 'conditions'>;
  readonly decisions?: readonly Pick<
    ServiceDecision,
    'service' | 'outcome' | 'conditions' | 'reasons'
  >[];
}): RuleCheck {
  const found: RuleViolation[] = [];
  input.carePlan?.conditions.forEach((c, i) => {
    if (isCooperationCondition(c)) {
      found.push(
        violation(
          'ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION',
          `the care plan makes assistance conditional on ${c}`,
          ['carePlan', 'conditions', i],
        ),
      );
    }
  });
  (input.decisions ?? []).forEach((d, i) => {
    d.conditions.forEach((c, j) => {
      if (isCooperationCondition(c)) {
        found.push(
          violation(
            'ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION',
            `the ${d.service} decision is conditional on ${c}`,
            ['decisions', i, 'conditions', j],
          ),
        );
      }
    });
    if (d.outcome !== 'granted') {
      const j = d.reasons.indexOf('declined-cooperation');
      if (j >= 0) {
        found.push(
          violation(
            'ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION',
            `${d.service} may not be ${d.outcome} because the person declined to cooperate with the authorities`,
            ['decisions', i, 'reasons', j],
          ),
        );
      }
    }
  });
  return found;
}
