import { isChildAtReferral, type CaseFile } from '../case/case-file.js';
import { countTable, yearOf } from './count-table.js';
import { ratesOf, type PublishedRates } from './rates.js';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

/** Children among referrals, per referral year (a disputed age counts as a child). */
export function childShare(
  files: readonly CaseFile[],
  options: StatisticsOptions,
): { readonly table: PublishedTable<'child' | 'adult'>; readonly rates: PublishedRates } {
  const counts = countTable(
    files,
    ['child', 'adult'] as const,
    (f) => ({
      year: yearOf(f.referral.referredAt),
      column: isChildAtReferral(f) ? 'child' : 'adult',
    }),
    options.years,
  );
  const table = suppressSmallCells(counts, options.k);
  return { table, rates: ratesOf(table, 'child', 'total') };
}
