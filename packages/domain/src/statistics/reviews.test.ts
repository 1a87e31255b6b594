import { describe, expect, it } from 'vitest';
import { caseFile } from './__fixtures__/case-builder.js';
import { reviewOutcomes } from './reviews.js';

describe('reviewOutcomes', () => {
  const refused = { decidedAfterDays: 10, outcome: 'refused' as const };
  const review = (requestedAt: string, outcome?: 'upheld' | 'overturned') =>
    outcome === undefined
      ? { requestedAt }
      : { requestedAt, outcome, decidedAt: '2019-12-01T00:00:00Z' };
  const files = [
    caseFile(1, '2018-01-01T00:00:00.000Z', {
      ...refused,
      review: review('2018-02-01T00:00:00Z', 'upheld'),
    }),
    caseFile(2, '2018-01-01T00:00:00.000Z', {
      ...refused,
      review: review('2018-02-01T00:00:00Z', 'overturned'),
    }),
    caseFile(3, '2018-01-01T00:00:00.000Z', { ...refused, review: review('2018-02-01T00:00:00Z') }),
    caseFile(4, '2018-01-01T00:00:00.000Z', {
      ...refused,
      review: review('2019-01-05T00:00:00Z', 'upheld'),
    }),
    caseFile(5, '2018-01-01T00:00:00.000Z', {
      ...refused,
      review: review('2019-01-05T00:00:00Z', 'overturned'),
    }),
    caseFile(6, '2018-01-01T00:00:00.000Z', {
      ...refused,
      review: review('2019-01-05T00:00:00Z', 'overturned'),
    }),
    caseFile(7, '2018-01-01T00:00:00.000Z', { ...refused, review: review('2019-01-05T00:00:00Z') }),
    caseFile(8, '2018-01-01T00:00:00.000Z', refused),
  ];
  it('counts reviews per year of request with their outcomes; the rate is overturned among concluded', () => {
    const { table, rates } = reviewOutcomes(files, { k: 1 });
    expect(table.rows).toEqual([
      { year: 2018, cells: { upheld: 1, overturned: 1, pending: 1 }, total: 3 },
      { year: 2019, cells: { upheld: 1, overturned: 2, pending: 1 }, total: 4 },
    ]);
    expect(table.overall.total).toBe(7);
    expect(rates.byYear.map((r) => r.rate)).toEqual([0.5, 2 / 3]);
    expect(rates.overall).toBe(0.6);
  });
  it('gives no rate where suppression hid a count it needs', () => {
    const { table, rates } = reviewOutcomes(files, { k: 2 });
    expect(table.rows[0]?.cells.overturned).toBe('<2');
    expect(rates.byYear[0]?.rate).toBeNull();
  });
});
