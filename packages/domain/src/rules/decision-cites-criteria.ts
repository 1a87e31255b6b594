import type { CriterionFinding } from '../criteria/criterion-finding.js';
import { findCriterion } from '../criteria/identification-criterion.js';
import type { DecisionOutcome } from '../procedure/decision.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';

/**
 * DECISION_CITES_CRITERIA — DOMAIN.md "What the assessment recommends": published criteria;
 * each decision cites the criteria applied. Also: a refusal names at least one criterion not
 * met, and no such finding rests solely on the outcome of a criminal case (status is
 * independent of criminal proceedings; SCENARIOS S3, a case dismissed abroad); for a child
 * the means need not be shown, so "means not met" cannot refuse a child; a grant cannot
 * record an element of the definition as not met.
 */
export function decisionCitesCriteria(
  decision: { readonly outcome: DecisionOutcome; readonly findings: readonly CriterionFinding[] },
  facts: { readonly subjectIsChild: boolean },
): RuleCheck {
  const { outcome, findings } = decision;
  if (findings.length === 0) {
    return [
      violation(
        'DECISION_CITES_CRITERIA',
        'a decision must cite at least one published criterion',
        ['findings'],
      ),
    ];
  }
  const found: RuleViolation[] = [];
  findings.forEach((f, i) => {
    const criterion = findCriterion(f.criterion);
    const path = ['findings', i];
    if (criterion === undefined) {
      found.push(
        violation('DECISION_CITES_CRITERIA', `"${f.criterion}" is not a published criterion`, [
          ...path,
          'criterion',
        ]),
      );
      return;
    }
    if (f.finding !== 'not-met') {
      return;
    }
    const meansOfChild = facts.subjectIsChild && criterion.id === 'crit.means';
    if (outcome === 'refused' && f.evidence.every((e) => e === 'criminal-case-outcome')) {
      found.push(
        violation(
          'DECISION_CITES_CRITERIA',
          `the finding on ${criterion.id} rests only on the outcome of a criminal case; status is independent of criminal proceedings`,
          [...path, 'evidence'],
        ),
      );
    }
    if (outcome === 'refused' && meansOfChild) {
      found.push(
        violation(
          'DECISION_CITES_CRITERIA',
          'a child cannot be refused for want of means (crit.child-no-means-required)',
          path,
        ),
      );
    }
    if (outcome === 'granted' && criterion.element && !meansOfChild) {
      found.push(
        violation(
          'DECISION_CITES_CRITERIA',
          `a grant cannot find the element ${criterion.id} not met`,
          path,
        ),
      );
    }
  });
  if (
    outcome === 'refused' &&
    !findings.some((f) => f.finding === 'not-met' && findCriterion(f.criterion) !== undefined)
  ) {
    found.push(
      violation(
        'DECISION_CITES_CRITERIA',
        'a refusal must name at least one published criterion that is not met',
        ['findings'],
      ),
    );
  }
  return found;
}
