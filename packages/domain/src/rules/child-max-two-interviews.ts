import type { ReadinessAssessment } from '../procedure/interview.js';
import { violation, warning, type RuleCheck, type RuleWarning } from '../result.js';

/**
 * CHILD_MAX_TWO_INTERVIEWS — a child victim who is an injured party in criminal proceedings
 * is interviewed at most twice (Law on Juvenile Offenders and Criminal Protection of
 * Juveniles, seed L2456-2459). The limit is the profile's `childProceedingsMaxInterviews`
 * (Serbia: 2); where a profile gives none, nothing is blocked. It does not apply to the
 * competent authority's identification interviews.
 */
export function childMaxTwoInterviews(facts: {
  readonly subjectIsChild: boolean;
  readonly previousInterviews: number;
  readonly maxInterviews: number | undefined;
}): RuleCheck {
  if (
    !facts.subjectIsChild ||
    facts.maxInterviews === undefined ||
    facts.previousInterviews < facts.maxInterviews
  ) {
    return [];
  }
  return [
    violation(
      'CHILD_MAX_TWO_INTERVIEWS',
      `a child may be interviewed at most ${facts.maxInterviews} times in criminal proceedings; ${facts.previousInterviews} already held`,
    ),
  ];
}

/**
 * The law foresees "the possibility not to question the child if he or she is particularly
 * traumatized" (seed L2457-2459): a possibility, so a warning for whoever schedules the
 * interview, never a bar.
 */
export function traumatisedChildInterviewWarnings(
  readiness: Pick<ReadinessAssessment, 'particularlyTraumatised'> | undefined,
  subjectIsChild: boolean,
): readonly RuleWarning[] {
  return subjectIsChild && readiness?.particularlyTraumatised === true
    ? [
        warning(
          'CHILD_MAX_TWO_INTERVIEWS',
          'the child is assessed as particularly traumatised: consider not questioning them',
          ['readiness', 'particularlyTraumatised'],
        ),
      ]
    : [];
}
