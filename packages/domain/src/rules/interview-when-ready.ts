import type { Interview } from '../procedure/interview.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';
import { isBefore } from '../time.js';

/**
 * INTERVIEW_WHEN_READY — DOMAIN.md "What the assessment recommends": interviews when the
 * person has recovered, is stabilised and ready. Readiness must have been assessed before
 * the interview, and found positive.
 */
export function interviewWhenReady(interview: Pick<Interview, 'at' | 'readiness'>): RuleCheck {
  const r = interview.readiness;
  if (r === undefined) {
    return [
      violation('INTERVIEW_WHEN_READY', 'readiness for the interview has not been assessed', [
        'readiness',
      ]),
    ];
  }
  const found: RuleViolation[] = [];
  if (isBefore(interview.at, r.assessedAt)) {
    found.push(
      violation('INTERVIEW_WHEN_READY', 'readiness was assessed after the interview', [
        'readiness',
        'assessedAt',
      ]),
    );
  }
  if (!r.stabilised) {
    found.push(
      violation('INTERVIEW_WHEN_READY', 'the person has not yet recovered and stabilised', [
        'readiness',
        'stabilised',
      ]),
    );
  }
  if (!r.ready) {
    found.push(
      violation('INTERVIEW_WHEN_READY', 'the person is not ready to be interviewed', [
        'readiness',
        'ready',
      ]),
    );
  }
  return found;
}
