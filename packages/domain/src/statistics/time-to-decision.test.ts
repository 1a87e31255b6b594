import { describe, expect, it } from 'vitest';
import { caseFile } from './__fixtures__/case-builder.js';
import { timeToDecision } from './time-to-decision.js';

describe('timeToDecision', () => {
  const days2018 = [3, 10, 20, 30, 40, 50, 60, 70, 80, 100];
  const files = [
    ...days2018.map((d, i) => caseFile(i, '2018-01-10T00:00:00.000Z', { decidedAfterDays: d })),
    caseFile(20, '2019-01-10T00:00:00.000Z', { decidedAfterDays: 12 }),
    caseFile(21, '2019-03-10T00:00:00.000Z'),
  ];

  it('gives median and p90 days per decision year and overall', () => {
    const t = timeToDecision(files, { k: 1 });
    expect(t.byYear).toEqual([
      { year: 2018, decisions: 10, medianDays: 45, p90Days: 80 },
      { year: 2019, decisions: 1, medianDays: 12, p90Days: 12 },
    ]);
    expect(t.overall).toEqual({ decisions: 11, medianDays: 40, p90Days: 80 });
  });

  it('withholds the figures of a year with fewer than k decisions, and the year that would reveal it', () => {
    const t = timeToDecision(files, { k: 5 });
    expect(t.byYear).toEqual([
      { year: 2018, decisions: '<5', medianDays: null, p90Days: null },
      { year: 2019, decisions: '<5', medianDays: null, p90Days: null },
    ]);
    expect(t.overall).toEqual({ decisions: 11, medianDays: 40, p90Days: 80 });
  });

  it('reports a fixed year without decisions as a suppressed zero', () => {
    const t = timeToDecision(files, { k: 1, years: [2017, 2018] });
    expect(t.byYear[0]).toEqual({ year: 2017, decisions: '<1', medianDays: null, p90Days: null });
    expect(t.overall.decisions).toBe(10);
  });
});
