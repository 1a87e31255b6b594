import type { CaseFile } from '../case/case-file.js';
import { countTable, yearOf } from './count-table.js';
import { ratesOf, type PublishedRates } from './rates.js';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

export type RecognitionColumn = 'granted' | 'refused' | 'not-admitted' | 'pending';
const COLUMNS: readonly RecognitionColumn[] = ['granted', 'refused', 'not-admitted', 'pending'];

/**
 * First-instance outcomes per referral year, and the recognition rate: granted out of all
 * referrals, as the assessment computes it (2016-18: 58 of 158 a year, 36%).
 */
export function recognition(
  files: readonly CaseFile[],
  options: StatisticsOptions,
): { readonly table: PublishedTable<RecognitionColumn>; readonly rates: PublishedRates } {
  const counts = countTable(
    files,
    COLUMNS,
    (f) => ({ year: yearOf(f.referral.referredAt), column: f.decision?.outcome ?? 'pending' }),
    options.years,
  );
  const table = suppressSmallCells(counts, options.k);
  return { table, rates: ratesOf(table, 'granted', 'total') };
}
