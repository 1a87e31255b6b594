import { describe, expect, it } from 'vitest';
import { INTERVIEW_SETTINGS } from '../procedure/interview.js';
import { interviewNotAtPoliceStation } from './interview-not-at-police-station.js';

describe('INTERVIEW_NOT_AT_POLICE_STATION', () => {
  it('accepts every setting other than a police station', () => {
    for (const setting of INTERVIEW_SETTINGS.filter((s) => s !== 'police-station')) {
      expect(interviewNotAtPoliceStation({ setting })).toEqual([]);
    }
  });

  it('refuses a police station', () => {
    expect(interviewNotAtPoliceStation({ setting: 'police-station' })).toEqual([
      {
        code: 'INTERVIEW_NOT_AT_POLICE_STATION',
        message: 'an identification interview may not take place at a police station',
        path: ['setting'],
      },
    ]);
  });
});
