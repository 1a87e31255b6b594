import type { InterviewSetting } from '../procedure/interview.js';
import { violation, type RuleCheck } from '../result.js';

/**
 * INTERVIEW_NOT_AT_POLICE_STATION — DOMAIN.md "What the assessment recommends": interviews
 * in appropriate settings, not police stations. The person must be able to tell the
 * investigation apart from access to assistance (seed report p. 34).
 */
export function interviewNotAtPoliceStation(interview: {
  readonly setting: InterviewSetting;
}): RuleCheck {
  return interview.setting === 'police-station'
    ? [
        violation(
          'INTERVIEW_NOT_AT_POLICE_STATION',
          'an identification interview may not take place at a police station',
          ['setting'],
        ),
      ]
    : [];
}
