import { violation, type RuleCheck } from '../result.js';
import type { ReturnRequest } from '../return/return-request.js';

/**
 * RETURN_REQUIRES_RISK_ASSESSMENT — the return of an adult too rests on a risk assessment
 * of this person for this destination, dated no later than the return. The SOPs say a risk
 * assessment is done "if possible, which means that it is not mandatory", and the report
 * asks how return then respects "the rights, safety and dignity" of the victim (seed
 * L1729-1733; CoE Convention art. 16(2)). A child's return has the stricter
 * CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID.
 */
export function returnRequiresRiskAssessment(input: {
  readonly request: Pick<ReturnRequest, 'subject' | 'destination' | 'riskAssessment'>;
  readonly at: string;
}): RuleCheck {
  const { request, at } = input;
  const ra = request.riskAssessment;
  if (ra === undefined) {
    return [
      violation(
        'RETURN_REQUIRES_RISK_ASSESSMENT',
        'a return needs a risk assessment first, for adults too',
        ['riskAssessment'],
      ),
    ];
  }
  if (ra.subject !== request.subject || ra.destination !== request.destination) {
    return [
      violation(
        'RETURN_REQUIRES_RISK_ASSESSMENT',
        `the risk assessment must be about this person and ${request.destination}`,
        ['riskAssessment'],
      ),
    ];
  }
  if (Date.parse(ra.assessedAt) > Date.parse(at)) {
    return [
      violation(
        'RETURN_REQUIRES_RISK_ASSESSMENT',
        'the risk assessment is dated after the return',
        ['riskAssessment', 'assessedAt'],
      ),
    ];
  }
  return [];
}
