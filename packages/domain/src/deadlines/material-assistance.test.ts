import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { materialAssistanceMonthsLeft } from './material-assistance.js';

describe('materialAssistanceMonthsLeft', () => {
  it('SERBIA: ten months per calendar year', () => {
    expect(materialAssistanceMonthsLeft(0, SERBIA)).toBe(10);
    expect(materialAssistanceMonthsLeft(7, SERBIA)).toBe(3);
    expect(materialAssistanceMonthsLeft(10, SERBIA)).toBe(0);
    expect(materialAssistanceMonthsLeft(12, SERBIA)).toBe(0);
  });
  it('UNITED_KINGDOM: the whole year', () => {
    expect(materialAssistanceMonthsLeft(10, UNITED_KINGDOM)).toBe(2);
  });
  it('ignores nonsense counts rather than granting more than the profile allows', () => {
    expect(materialAssistanceMonthsLeft(-3, SERBIA)).toBe(10);
  });
});
