import { describe, expect, it } from 'vitest';
import { readiness, T0 } from '../procedure/__fixtures__/identification.js';
import { addDays } from '../time.js';
import { interviewWhenReady } from './interview-when-ready.js';

const at = addDays(T0, 3);

describe('INTERVIEW_WHEN_READY', () => {
  it('accepts an interview after a positive readiness assessment', () => {
    expect(interviewWhenReady({ at, readiness: readiness() })).toEqual([]);
  });

  it('refuses an interview without a readiness assessment', () => {
    expect(interviewWhenReady({ at })).toEqual([
      {
        code: 'INTERVIEW_WHEN_READY',
        message: 'readiness for the interview has not been assessed',
        path: ['readiness'],
      },
    ]);
  });

  it('refuses when the person is not stabilised or not ready', () => {
    const v = interviewWhenReady({ at, readiness: readiness({ stabilised: false, ready: false }) });
    expect(v.map((x) => x.path)).toEqual([
      ['readiness', 'stabilised'],
      ['readiness', 'ready'],
    ]);
  });

  it('refuses an assessment dated after the interview', () => {
    const v = interviewWhenReady({ at, readiness: readiness({ assessedAt: addDays(at, 1) }) });
    expect(v.map((x) => x.code)).toEqual(['INTERVIEW_WHEN_READY']);
    expect(v[0]?.path).toEqual(['readiness', 'assessedAt']);
  });
});
