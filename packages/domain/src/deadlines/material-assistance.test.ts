import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import {
  materialAssistanceLimitApplies,
  materialAssistanceMonthsLeft,
} from './material-assistance.js';

const citizenWorking = { citizenship: ['RS'], capableOfWorking: true };

describe('material assistance (seed L1528-1531)', () => {
  it('SERBIA: ten months per calendar year for a citizen capable of working', () => {
    expect(materialAssistanceMonthsLeft(0, citizenWorking, SERBIA)).toBe(10);
    expect(materialAssistanceMonthsLeft(7, citizenWorking, SERBIA)).toBe(3);
    expect(materialAssistanceMonthsLeft(12, citizenWorking, SERBIA)).toBe(0);
    expect(materialAssistanceMonthsLeft(-3, citizenWorking, SERBIA)).toBe(10);
  });

  it('SERBIA: the ten-month limit does not apply to a foreigner or to someone unable to work', () => {
    expect(
      materialAssistanceLimitApplies({ citizenship: ['AL'], capableOfWorking: true }, SERBIA),
    ).toBe(false);
    expect(
      materialAssistanceMonthsLeft(3, { citizenship: ['RS'], capableOfWorking: false }, SERBIA),
    ).toBeUndefined();
  });

  it('UNITED_KINGDOM: no sourced limit, so none is applied (the 12 months had no source)', () => {
    expect(UNITED_KINGDOM.materialAssistance).toBeUndefined();
    expect(
      materialAssistanceMonthsLeft(
        10,
        { citizenship: ['GB'], capableOfWorking: true },
        UNITED_KINGDOM,
      ),
    ).toBeUndefined();
  });
});
