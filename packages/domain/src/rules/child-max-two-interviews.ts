import type { Interview } from '../procedure/interview.js';
import { violation, type RuleCheck } from '../result.js';

/**
 * CHILD_MAX_TWO_INTERVIEWS — DOMAIN.md "Children": at most two interviews; a child may not
 * be questioned if particularly traumatised. The limit comes from the jurisdiction profile
 * (`childMaxInterviews`, 2 in Serbia and the UK). Applies to presumed children too.
 */
export function childMaxTwoInterviews(
  interview: Pick<Interview, 'readiness'>,
  facts: {
    readonly subjectIsChild: boolean;
    readonly previousInterviews: number;
    readonly maxInterviews: number;
  },
): RuleCheck {
  if (!facts.subjectIsChild) {
    return [];
  }
  if (interview.readiness?.particularlyTraumatised === true) {
    return [
      violation(
        'CHILD_MAX_TWO_INTERVIEWS',
        'a particularly traumatised child may not be questioned',
        ['readiness', 'particularlyTraumatised'],
      ),
    ];
  }
  if (facts.previousInterviews >= facts.maxInterviews) {
    return [
      violation(
        'CHILD_MAX_TWO_INTERVIEWS',
        `a child may be interviewed at most ${facts.maxInterviews} times; ${facts.previousInterviews} already held`,
      ),
    ];
  }
  return [];
}
