import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTable, type CountTable } from './count-table.js';
import {
  shareOf,
  suppressSmallCells,
  type PublishedCount,
  type PublishedTable,
} from './small-cell-suppression.js';

const table = (columns: string[], rows: [number, number[]][]): CountTable =>
  ({
    columns,
    rows: rows.map(([year, values]) => ({
      year,
      counts: Object.fromEntries(columns.map((c, i) => [c, values[i] ?? 0])),
    })),
  }) satisfies CountTable;

/** The published table as a matrix with margins, `undefined` where hidden. */
function matrix(p: PublishedTable): (number | undefined)[][] {
  const row = (cells: Readonly<Record<string, PublishedCount>>, total: PublishedCount) =>
    [...p.columns.map((c) => cells[c]), total].map((v) => (typeof v === 'number' ? v : undefined));
  return [...p.rows.map((r) => row(r.cells, r.total)), row(p.overall.cells, p.overall.total)];
}

describe('suppressSmallCells', () => {
  it('publishes large counts unchanged with their totals', () => {
    const p = suppressSmallCells(
      table(
        ['a', 'b'],
        [
          [2018, [10, 20]],
          [2019, [30, 40]],
        ],
      ),
      5,
    );
    expect(p.rows).toEqual([
      { year: 2018, cells: { a: 10, b: 20 }, total: 30 },
      { year: 2019, cells: { a: 30, b: 40 }, total: 70 },
    ]);
    expect(p.overall).toEqual({ cells: { a: 40, b: 60 }, total: 100 });
  });

  it('hides a small cell and the next smallest of its row, so the total does not give it away', () => {
    const p = suppressSmallCells(table(['police', 'csw', 'ngo'], [[2018, [40, 3, 20]]]), 5);
    expect(p.rows[0]?.cells).toEqual({ police: 40, csw: '<5', ngo: '<5' });
    expect(p.rows[0]?.total).toBe(63);
    // Single year: the overall row repeats it and is suppressed alike.
    expect(p.overall.cells).toEqual({ police: 40, csw: '<5', ngo: '<5' });
  });

  it('hides across years too: a small cell is not derivable from the overall column', () => {
    const p = suppressSmallCells(
      table(
        ['police', 'csw', 'ngo'],
        [
          [2017, [40, 30, 20]],
          [2018, [40, 3, 20]],
        ],
      ),
      5,
    );
    const m = matrix(p);
    expect(m[1]?.[1]).toBeUndefined();
    // Column csw: 30 + <5 = overall; something else in that column must be hidden too.
    expect([m[0]?.[1], m[2]?.[1]].filter((v) => v === undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('hides zeros as well, and a total below k with all its cells', () => {
    const p = suppressSmallCells(
      table(
        ['a', 'b'],
        [
          [2018, [0, 2]],
          [2019, [50, 60]],
        ],
      ),
      5,
    );
    expect(p.rows[0]).toEqual({ year: 2018, cells: { a: '<5', b: '<5' }, total: '<5' });
  });

  it('hides more when two hidden cells add up to less than k against a shown total', () => {
    const p = suppressSmallCells(table(['a', 'b', 'c', 'd'], [[2018, [1, 2, 30, 40]]]), 5);
    expect(p.rows[0]?.cells).toEqual({ a: '<5', b: '<5', c: '<5', d: 40 });
  });

  it('refuses a threshold that is not a positive integer', () => {
    expect(() => suppressSmallCells(table(['a'], [[2018, [1]]]), 0)).toThrow(RangeError);
    expect(() => suppressSmallCells(table(['a'], [[2018, [1]]]), 2.5)).toThrow(/positive integer/);
  });

  it('computes shares only from published numbers', () => {
    expect(shareOf(58, 158)).toBeCloseTo(0.367, 3);
    expect(shareOf('<5', 158)).toBeNull();
    expect(shareOf(3, 0)).toBeNull();
  });

  it('never reveals a value below k through totals (property)', () => {
    const grid = fc.record({
      k: fc.integer({ min: 2, max: 10 }),
      columns: fc.integer({ min: 1, max: 5 }),
      values: fc.array(fc.array(fc.nat({ max: 30 }), { minLength: 5, maxLength: 5 }), {
        minLength: 1,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(grid, ({ k, columns, values }) => {
        const cols = Array.from({ length: columns }, (_, i) => `c${i}`);
        const raw = table(
          cols,
          values.map((v, i) => [2016 + i, v.slice(0, columns)]),
        );
        const truth = [
          ...values.map((v) => v.slice(0, columns)),
          cols.map((_, c) => values.reduce((s, v) => s + (v[c] ?? 0), 0)),
        ].map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
        const shown = matrix(suppressSmallCells(raw, k));
        const R = values.length;
        const C = columns;
        const lines: { members: number[][]; total: number[] }[] = [];
        for (let r = 0; r <= R; r++) {
          lines.push({ members: cols.map((_, c) => [r, c]), total: [r, C] });
        }
        for (let c = 0; c <= C; c++) {
          lines.push({ members: values.map((_, r) => [r, c]), total: [R, c] });
        }
        const get = (m: (number | undefined)[][], [r, c]: number[]) => m[r ?? 0]?.[c ?? 0];
        for (let r = 0; r <= R; r++) {
          for (let c = 0; c <= C; c++) {
            const t = get(truth, [r, c]) ?? 0;
            const s = get(shown, [r, c]);
            // Shown values are true; every value below k is hidden.
            expect(s === undefined || s === t).toBe(true);
            expect(t >= k || s === undefined).toBe(true);
          }
        }
        for (const line of lines) {
          const hiddenCells = line.members.filter((p) => get(shown, p) === undefined);
          const totalShown = get(shown, line.total) !== undefined;
          // Never exactly one unknown in a relation: it would be solvable.
          expect(hiddenCells.length + (totalShown ? 0 : 1)).not.toBe(1);
          // Against a shown total, the hidden cells' sum is known: it must not be a small number.
          if (totalShown && hiddenCells.length > 0) {
            expect(
              hiddenCells.reduce((s, p) => s + (get(truth, p) ?? 0), 0),
            ).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('countTable', () => {
  it('counts per year and column, keeps fixed years and drops unclassified items', () => {
    const items = [
      { y: 2017, c: 'a' as const },
      { y: 2017, c: 'b' as const },
      { y: 2018, c: 'a' as const },
      { y: 2015, c: 'a' as const },
      { y: 2018, c: undefined },
    ];
    const t = countTable(
      items,
      ['a', 'b'] as const,
      (i) => (i.c === undefined ? undefined : { year: i.y, column: i.c }),
      [2016, 2017, 2018],
    );
    expect(t.rows).toEqual([
      { year: 2016, counts: { a: 0, b: 0 } },
      { year: 2017, counts: { a: 1, b: 1 } },
      { year: 2018, counts: { a: 1, b: 0 } },
    ]);
  });
});
