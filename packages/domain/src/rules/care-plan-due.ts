import type { CarePlan } from '../assistance/care-plan.js';
import type { ImmediateAssistancePlan } from '../assistance/immediate-assistance-plan.js';
import { carePlanDueAt } from '../deadlines/care-plan-due.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { violation, type RuleCheck } from '../result.js';
import { daysBetween } from '../time.js';

/**
 * CARE_PLAN_DUE — care plan within two weeks of completing the initial plan of immediate
 * assistance (seed L1432-1434; profile `carePlanDueDays`; none where a profile gives no
 * sourced deadline). At
 * instant `at`: no care plan past the due date is overdue; one made after the due date
 * was late. A plan dated after `at` does not exist yet at `at`. Before the immediate plan
 * is completed the deadline has not started.
 */
export function carePlanNotOverdue(input: {
  readonly immediatePlan: Pick<ImmediateAssistancePlan, 'completedAt'>;
  readonly carePlan?: Pick<CarePlan, 'madeAt'>;
  readonly at: string;
  readonly profile: Pick<JurisdictionProfile, 'carePlanDueDays'>;
}): RuleCheck {
  const completed = input.immediatePlan.completedAt;
  if (completed === undefined) {
    return [];
  }
  const due = carePlanDueAt(completed, input.profile);
  if (due === undefined) {
    return [];
  }
  const t = Date.parse(input.at);
  const made =
    input.carePlan !== undefined && Date.parse(input.carePlan.madeAt) <= t
      ? input.carePlan.madeAt
      : undefined;
  if (made !== undefined) {
    return Date.parse(made) > Date.parse(due)
      ? [
          violation(
            'CARE_PLAN_DUE',
            `the care plan was made ${Math.ceil(daysBetween(due, made))} day(s) after it was due (${due})`,
            ['carePlan', 'madeAt'],
          ),
        ]
      : [];
  }
  return t > Date.parse(due)
    ? [
        violation(
          'CARE_PLAN_DUE',
          `the care plan was due ${due}, ${input.profile.carePlanDueDays} days after the immediate assistance plan was completed; it is overdue`,
          ['carePlan'],
        ),
      ]
    : [];
}
