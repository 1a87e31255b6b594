import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from '@nrm/domain';
import { tableToCsv } from './csv.js';

const labels = { year: 'year', total: 'total', overall: 'all years' };

describe('tableToCsv', () => {
  it('keeps suppressed cells as published and adds the overall row', () => {
    const table = suppressSmallCells(
      {
        columns: ['police', 'csw'],
        rows: [
          { year: 2017, counts: { police: 40, csw: 2 } },
          { year: 2018, counts: { police: 61, csw: 39 } },
        ],
      },
      5,
    );
    const csv = tableToCsv(table, labels);
    expect(csv.split('\r\n')[0]).toBe('year,police,csw,total');
    expect(csv).toContain('<5');
    expect(csv).not.toMatch(/,2,/);
    expect(csv.trim().split('\r\n').at(-1)).toMatch(/^all years,/);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const table = {
      k: 5,
      columns: ['a,b', '=SUM(A1)'],
      rows: [{ year: 2020, cells: { 'a,b': 7, '=SUM(A1)': 9 }, total: 16 }],
      overall: { cells: { 'a,b': 7, '=SUM(A1)': 9 }, total: 16 },
    };
    expect(tableToCsv(table, labels).split('\r\n')[0]).toBe(`year,"a,b",'=SUM(A1),total`);
  });
});
