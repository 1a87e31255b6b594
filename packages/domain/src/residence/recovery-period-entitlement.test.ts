import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { entitledToRecoveryPeriod } from './recovery-period-entitlement.js';

describe('entitledToRecoveryPeriod', () => {
  it('SERBIA: foreigners, stateless persons and (by the SOPs) citizens are entitled', () => {
    expect(entitledToRecoveryPeriod(['AL'], SERBIA)).toBe(true);
    expect(entitledToRecoveryPeriod([], SERBIA)).toBe(true);
    expect(entitledToRecoveryPeriod(['RS'], SERBIA)).toBe(true);
  });
  it('UNITED_KINGDOM: citizens are entitled too', () => {
    expect(entitledToRecoveryPeriod(['GB'], UNITED_KINGDOM)).toBe(true);
  });
  it('a profile limited to foreigners excludes its own citizens, dual citizens included', () => {
    const foreignersOnly = {
      ...SERBIA,
      recoveryPeriod: { ...SERBIA.recoveryPeriod, appliesToCitizens: false },
    };
    expect(entitledToRecoveryPeriod(['RS'], foreignersOnly)).toBe(false);
    expect(entitledToRecoveryPeriod(['BA', 'RS'], foreignersOnly)).toBe(false);
    expect(entitledToRecoveryPeriod(['BA'], foreignersOnly)).toBe(true);
  });
});
