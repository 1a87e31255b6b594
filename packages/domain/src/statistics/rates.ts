import {
  shareOf,
  type PublishedCount,
  type PublishedRow,
  type PublishedTable,
} from './small-cell-suppression.js';

/** A rate per year and overall; `null` where a count it needs is suppressed (or zero). */
export interface PublishedRates {
  readonly byYear: readonly { readonly year: number; readonly rate: number | null }[];
  readonly overall: number | null;
}

function sum(values: readonly PublishedCount[]): PublishedCount {
  let total = 0;
  for (const v of values) {
    if (typeof v !== 'number') {
      return v;
    }
    total += v;
  }
  return total;
}

/**
 * `numerator / denominator` from a published table, where the denominator is the row total
 * or the sum of some columns. Computed from published counts only, so a rate can never
 * reveal what suppression hid.
 */
export function ratesOf<C extends string>(
  table: PublishedTable<C>,
  numerator: C,
  denominator: 'total' | readonly C[],
): PublishedRates {
  const rate = (row: PublishedRow<C>): number | null =>
    shareOf(
      row.cells[numerator],
      denominator === 'total' ? row.total : sum(denominator.map((c) => row.cells[c])),
    );
  return {
    byYear: table.rows.map((row) => ({ year: row.year, rate: rate(row) })),
    overall: rate(table.overall),
  };
}
