import { describe, expect, it } from 'vitest';
import { SERBIA } from '../jurisdiction/serbia.js';
import { UNITED_KINGDOM } from '../jurisdiction/united-kingdom.js';
import { caseFile } from './__fixtures__/case-builder.js';
import { carePlansOnTime } from './care-plans-on-time.js';

describe('carePlansOnTime', () => {
  const at = '2018-03-01T00:00:00.000Z';
  const plan = (done: string, adopted?: string) => ({
    carePlan:
      adopted === undefined
        ? { immediatePlanCompletedAt: done }
        : { immediatePlanCompletedAt: done, carePlanAdoptedAt: adopted },
  });
  const files = [
    caseFile(1, at, plan('2018-03-02T00:00:00Z', '2018-03-16T00:00:00Z')), // day 14: on time
    caseFile(2, at, plan('2018-03-02T00:00:00Z', '2018-03-17T00:00:00Z')), // day 15: late
    caseFile(3, at, plan('2018-03-02T00:00:00Z')), // missing, due 16 March
    caseFile(4, at, plan('2018-12-30T00:00:00Z')), // not yet due on asOf
    caseFile(5, at), // no immediate plan yet: not counted
  ];
  it('counts on-time, late and overdue plans against the profile deadline', () => {
    const { table, rates } = carePlansOnTime(files, {
      k: 1,
      profile: SERBIA,
      asOf: '2019-01-05T00:00:00Z',
    });
    expect(table.rows).toEqual([
      { year: 2018, cells: { 'on-time': 1, late: 1, missing: 1 }, total: 3 },
    ]);
    expect(rates.overall).toBeCloseTo(1 / 3);
  });
  it('counts a plan missing past its deadline at asOf, not before', () => {
    const later = carePlansOnTime(files, { k: 1, profile: SERBIA, asOf: '2019-01-20T00:00:00Z' });
    expect(later.table.rows[0]?.cells.missing).toBe(2);
  });
  it('reads the deadline from the profile', () => {
    const lax = { ...UNITED_KINGDOM, carePlanDueDays: 30 };
    const { table } = carePlansOnTime(files, { k: 1, profile: lax, asOf: '2019-01-05T00:00:00Z' });
    // No late plan any more; the zero is hidden, and so is "missing" (else 3 - 2 - 1 shows the zero).
    expect(table.rows[0]).toEqual({
      year: 2018,
      cells: { 'on-time': 2, late: '<1', missing: '<1' },
      total: 3,
    });
  });
});
