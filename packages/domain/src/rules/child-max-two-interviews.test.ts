import { describe, expect, it } from 'vitest';
import { readiness } from '../procedure/__fixtures__/identification.js';
import {
  childMaxTwoInterviews,
  traumatisedChildInterviewWarnings,
} from './child-max-two-interviews.js';

const child = (previousInterviews: number) => ({
  subjectIsChild: true,
  previousInterviews,
  maxInterviews: 2,
});

describe('CHILD_MAX_TWO_INTERVIEWS (criminal proceedings, seed L2456-2459)', () => {
  it('accepts a first and a second interview of a child', () => {
    expect(childMaxTwoInterviews(child(0))).toEqual([]);
    expect(childMaxTwoInterviews(child(1))).toEqual([]);
  });

  it('refuses a third interview of a child in proceedings', () => {
    expect(childMaxTwoInterviews(child(2))).toEqual([
      {
        code: 'CHILD_MAX_TWO_INTERVIEWS',
        message:
          'a child may be interviewed at most 2 times in criminal proceedings; 2 already held',
      },
    ]);
  });

  it('blocks nothing where the profile has no limit, nor for an adult', () => {
    expect(childMaxTwoInterviews({ ...child(5), maxInterviews: undefined })).toEqual([]);
    expect(childMaxTwoInterviews({ ...child(5), subjectIsChild: false })).toEqual([]);
  });

  it('a particularly traumatised child is a warning (a possibility in the law), never a bar', () => {
    expect(
      traumatisedChildInterviewWarnings(readiness({ particularlyTraumatised: true }), true),
    ).toEqual([
      expect.objectContaining({
        code: 'CHILD_MAX_TWO_INTERVIEWS',
        severity: 'warning',
        path: ['readiness', 'particularlyTraumatised'],
      }),
    ]);
    expect(
      traumatisedChildInterviewWarnings(readiness({ particularlyTraumatised: true }), false),
    ).toEqual([]);
  });
});
