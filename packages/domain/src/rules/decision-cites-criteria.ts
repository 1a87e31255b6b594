import type { CriterionFinding } from '../criteria/criterion-finding.js';
import {
  findCriterion,
  IDENTIFICATION_CRITERIA,
  type IdentificationCriterion,
} from '../criteria/identification-criterion.js';
import type { DecisionOutcome } from '../procedure/decision.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';

/**
 * DECISION_CITES_CRITERIA — set out the criteria and cite them (seed report L303-305,
 * L1002-1011): each decision cites criteria of the loaded reference data. A refusal names at
 * least one criterion not met, so that it can be reviewed (L309-317); no such finding rests
 * solely on the outcome of a criminal case, and a child is never refused for want of means
 * (Palermo Protocol art. 3(c)).
 *
 * A grant is never blocked on an element of the crime recorded as "not met": the report
 * asks for the widest protection "regardless of whether the specific criminal elements of
 * THB have been established" (L1019-1025).
 */
export function decisionCitesCriteria(
  decision: { readonly outcome: DecisionOutcome; readonly findings: readonly CriterionFinding[] },
  facts: {
    readonly subjectIsChild: boolean;
    readonly criteria?: readonly IdentificationCriterion[];
  },
): RuleCheck {
  const { outcome, findings } = decision;
  const criteria = facts.criteria ?? IDENTIFICATION_CRITERIA;
  if (findings.length === 0) {
    return [
      violation('DECISION_CITES_CRITERIA', 'a decision must cite at least one criterion', [
        'findings',
      ]),
    ];
  }
  const found: RuleViolation[] = [];
  findings.forEach((f, i) => {
    const criterion = findCriterion(f.criterion, criteria);
    const path = ['findings', i];
    if (criterion === undefined) {
      found.push(
        violation(
          'DECISION_CITES_CRITERIA',
          `"${f.criterion}" is not a criterion of the loaded reference data`,
          [...path, 'criterion'],
        ),
      );
      return;
    }
    if (outcome !== 'refused' || f.finding !== 'not-met') {
      return;
    }
    if (f.evidence.every((e) => e === 'criminal-case-outcome')) {
      found.push(
        violation(
          'DECISION_CITES_CRITERIA',
          `the finding on ${criterion.id} rests only on the outcome of a criminal case; status is independent of criminal proceedings`,
          [...path, 'evidence'],
        ),
      );
    }
    if (facts.subjectIsChild && criterion.id === 'crit.means') {
      found.push(
        violation(
          'DECISION_CITES_CRITERIA',
          'a child cannot be refused for want of means (crit.child-no-means-required)',
          path,
        ),
      );
    }
  });
  if (
    outcome === 'refused' &&
    !findings.some(
      (f) => f.finding === 'not-met' && findCriterion(f.criterion, criteria) !== undefined,
    )
  ) {
    found.push(
      violation(
        'DECISION_CITES_CRITERIA',
        'a refusal must name at least one criterion that is not met',
        ['findings'],
      ),
    );
  }
  return found;
}
