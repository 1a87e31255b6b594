import type { AgencyId } from '../ids.js';
import type { DecisionOutcome, Motivation } from '../procedure/decision.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';

/**
 * NEGATIVE_DECISION_REQUIRES_MOTIVATION — DOMAIN.md "What the assessment recommends":
 * written motivation of a negative decision, sent to the person *and* the first responder,
 * so that a review can be requested (seed report p. 16); the person is informed of that right.
 */
export function negativeDecisionRequiresMotivation(
  decision: { readonly outcome: DecisionOutcome; readonly motivation?: Motivation | undefined },
  firstResponder: AgencyId,
): RuleCheck {
  if (decision.outcome !== 'refused') {
    return [];
  }
  const m = decision.motivation;
  if (m === undefined) {
    return [
      violation('NEGATIVE_DECISION_REQUIRES_MOTIVATION', 'a refusal needs a written motivation', [
        'motivation',
      ]),
    ];
  }
  const found: RuleViolation[] = [];
  if (m.text.trim().length === 0) {
    found.push(
      violation('NEGATIVE_DECISION_REQUIRES_MOTIVATION', 'the motivation of a refusal is empty', [
        'motivation',
        'text',
      ]),
    );
  }
  if (!m.informsOfReviewRight) {
    found.push(
      violation(
        'NEGATIVE_DECISION_REQUIRES_MOTIVATION',
        'the motivation must inform the person of the right to request a review',
        ['motivation', 'informsOfReviewRight'],
      ),
    );
  }
  if (!m.sendTo.some((r) => r.kind === 'subject')) {
    found.push(
      violation(
        'NEGATIVE_DECISION_REQUIRES_MOTIVATION',
        'the motivation must be sent to the person',
        ['motivation', 'sendTo'],
      ),
    );
  }
  if (!m.sendTo.some((r) => r.kind === 'agency' && r.agency === firstResponder)) {
    found.push(
      violation(
        'NEGATIVE_DECISION_REQUIRES_MOTIVATION',
        `the motivation must be sent to the first responder ${firstResponder}`,
        ['motivation', 'sendTo'],
      ),
    );
  }
  return found;
}
