import type { CaseFile } from '../case/case-file.js';
import { countTable, yearOf } from './count-table.js';
import { ratesOf, type PublishedRates } from './rates.js';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

export type ReviewColumn = 'upheld' | 'overturned' | 'pending';

/**
 * Reviews of refusals per year of request and their outcomes; the rate is overturned
 * among concluded reviews. (In Serbia 2016-18 none was ever requested: a row of zeros is
 * itself the finding.)
 */
export function reviewOutcomes(
  files: readonly CaseFile[],
  options: StatisticsOptions,
): { readonly table: PublishedTable<ReviewColumn>; readonly rates: PublishedRates } {
  const counts = countTable(
    files,
    ['upheld', 'overturned', 'pending'] as const,
    (f) =>
      f.review === undefined
        ? undefined
        : { year: yearOf(f.review.requestedAt), column: f.review.outcome ?? 'pending' },
    options.years,
  );
  const table = suppressSmallCells(counts, options.k);
  return { table, rates: ratesOf(table, 'overturned', ['upheld', 'overturned']) };
}
