import { describe, expect, it } from 'vitest';
import { caseFile } from './__fixtures__/case-builder.js';
import { refusalsPrecededByConsultation } from './consultation-before-refusal.js';

describe('refusalsPrecededByConsultation', () => {
  const at = '2018-02-01T00:00:00.000Z';
  const refused = { decidedAfterDays: 30, outcome: 'refused' as const };
  const files = [
    caseFile(1, at, {
      ...refused,
      consultation: { requestedAt: '2018-02-10T00:00:00Z', completedAt: '2018-02-20T00:00:00Z' },
    }),
    caseFile(2, at, {
      ...refused,
      consultation: { requestedAt: '2018-02-10T00:00:00Z', completedAt: '2018-03-20T00:00:00Z' },
    }),
    caseFile(3, at, { ...refused, consultation: { requestedAt: '2018-02-10T00:00:00Z' } }),
    caseFile(4, at, refused),
    caseFile(5, at, { decidedAfterDays: 30, outcome: 'granted' }),
  ];
  it('counts only refusals, and only a consultation completed before the decision', () => {
    const { table, rates } = refusalsPrecededByConsultation(files, { k: 1 });
    expect(table.rows).toEqual([
      { year: 2018, cells: { consulted: 1, 'not-consulted': 3 }, total: 4 },
    ]);
    expect(rates.overall).toBe(0.25);
  });
  it('hides the split when it is small', () => {
    const { table, rates } = refusalsPrecededByConsultation(files, { k: 2 });
    expect(table.rows[0]?.cells).toEqual({ consulted: '<2', 'not-consulted': '<2' });
    expect(rates.byYear[0]?.rate).toBeNull();
  });
});
