import type { BestInterestsDetermination } from '../child-protection/best-interests-determination.js';
import { isTreatedAsChild } from '../person/child-status.js';
import type { AgeInformation } from '../person/subject.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';
import type { ReturnRequest } from '../return/return-request.js';

const CODE = 'CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID';

/**
 * CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID — DOMAIN.md "Children": risk assessment
 * is mandatory before returning a child (CoE Convention Art. 16.7); reunification only
 * after a risk assessment in the child's best interests. The return of a child or presumed
 * child needs, dated no later than `at`: a risk assessment of this child for this
 * destination that does not advise against return, and a best-interests determination
 * whose durable solution is return or family reunification in that country.
 */
export function childReturnRequiresRiskAssessmentAndBid(input: {
  readonly request: Pick<
    ReturnRequest,
    'subject' | 'destination' | 'riskAssessment' | 'bestInterestsDeterminationId'
  >;
  readonly age: AgeInformation;
  readonly at: string;
  readonly determinations: readonly BestInterestsDetermination[];
}): RuleCheck {
  const { request, at } = input;
  if (!isTreatedAsChild(input.age, at)) {
    return [];
  }
  const found: RuleViolation[] = [];
  const t = Date.parse(at);
  const ra = request.riskAssessment;
  if (ra === undefined) {
    found.push(
      violation(CODE, 'the return of a child needs a risk assessment first', ['riskAssessment']),
    );
  } else if (ra.subject !== request.subject || ra.destination !== request.destination) {
    found.push(
      violation(CODE, `the risk assessment must be about this child and ${request.destination}`, [
        'riskAssessment',
      ]),
    );
  } else if (Date.parse(ra.assessedAt) > t) {
    found.push(
      violation(CODE, 'the risk assessment is dated after the return', [
        'riskAssessment',
        'assessedAt',
      ]),
    );
  } else if (!ra.returnAdvised) {
    found.push(
      violation(CODE, 'the risk assessment advises against return', [
        'riskAssessment',
        'returnAdvised',
      ]),
    );
  }

  const bidId = request.bestInterestsDeterminationId;
  if (bidId === undefined) {
    found.push(
      violation(CODE, 'the return of a child needs a best-interests determination', [
        'bestInterestsDeterminationId',
      ]),
    );
    return found;
  }
  const bid = input.determinations.find((b) => b.id === bidId && b.child === request.subject);
  if (bid === undefined) {
    found.push(
      violation(CODE, `no best-interests determination ${bidId} for this child`, [
        'bestInterestsDeterminationId',
      ]),
    );
    return found;
  }
  if (Date.parse(bid.conductedAt) > t) {
    found.push(
      violation(CODE, 'the best-interests determination is dated after the return', [
        'bestInterestsDeterminationId',
      ]),
    );
  }
  const solution = bid.outcome.durableSolution;
  const supportsReturn =
    (solution.kind === 'return' || solution.kind === 'family-reunification') &&
    solution.country === request.destination;
  if (!supportsReturn) {
    found.push(
      violation(
        CODE,
        `the best-interests determination chose ${solution.kind}, not return to ${request.destination}`,
        ['bestInterestsDeterminationId'],
      ),
    );
  }
  return found;
}
