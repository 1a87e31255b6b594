import { describe, expect, it } from 'vitest';
import { readiness } from '../procedure/__fixtures__/identification.js';
import { childMaxTwoInterviews } from './child-max-two-interviews.js';

const child = (previousInterviews: number) => ({
  subjectIsChild: true,
  previousInterviews,
  maxInterviews: 2,
});

describe('CHILD_MAX_TWO_INTERVIEWS', () => {
  it('accepts a first and a second interview of a child', () => {
    expect(childMaxTwoInterviews({ readiness: readiness() }, child(0))).toEqual([]);
    expect(childMaxTwoInterviews({ readiness: readiness() }, child(1))).toEqual([]);
  });

  it('refuses a third interview of a child', () => {
    const v = childMaxTwoInterviews({ readiness: readiness() }, child(2));
    expect(v).toEqual([
      {
        code: 'CHILD_MAX_TWO_INTERVIEWS',
        message: 'a child may be interviewed at most 2 times; 2 already held',
      },
    ]);
  });

  it('refuses any interview of a particularly traumatised child', () => {
    const v = childMaxTwoInterviews(
      { readiness: readiness({ particularlyTraumatised: true }) },
      child(0),
    );
    expect(v.map((x) => [x.code, x.path])).toEqual([
      ['CHILD_MAX_TWO_INTERVIEWS', ['readiness', 'particularlyTraumatised']],
    ]);
  });

  it('does not limit interviews of an adult', () => {
    expect(
      childMaxTwoInterviews(
        { readiness: readiness({ particularlyTraumatised: true }) },
        {
          subjectIsChild: false,
          previousInterviews: 5,
          maxInterviews: 2,
        },
      ),
    ).toEqual([]);
  });
});
