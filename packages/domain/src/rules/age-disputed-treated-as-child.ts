import { childStatus } from '../person/child-status.js';
import type { AgeInformation } from '../person/subject.js';
import { violation, type RuleCheck } from '../result.js';

/**
 * AGE_DISPUTED_TREATED_AS_CHILD — DOMAIN.md "The person": age may be disputed, treat as a
 * child until assessed. A person whose age is disputed or unknown at `at` and is routed
 * as an adult (e.g. an envelope with `subjectIsChild: false`) is a violation. A documented
 * child routed as an adult is caught by CHILD_REFERRAL_INCLUDES_CSW, which judges the age
 * itself rather than trusting the route.
 */
export function ageDisputedTreatedAsChild(input: {
  readonly age: AgeInformation;
  readonly at: string;
  /** Whether the record or message puts the person on the child route. */
  readonly routedAsChild: boolean;
}): RuleCheck {
  if (input.routedAsChild || childStatus(input.age, input.at) !== 'presumed-child') {
    return [];
  }
  const why = input.age.status === 'disputed' ? 'disputed' : 'unknown';
  return [
    violation(
      'AGE_DISPUTED_TREATED_AS_CHILD',
      `the person's age is ${why}: they are treated as a child until their age is assessed`,
      ['routedAsChild'],
    ),
  ];
}
