import type { CaseFile } from '../case/case-file.js';
import { countTable, yearOf } from './count-table.js';
import { ratesOf, type PublishedRates } from './rates.js';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

/**
 * Refusals per decision year, split by whether the multi-agency consultation was
 * completed before the decision (NEGATIVE_DECISION_REQUIRES_CONSULTATION).
 */
export function refusalsPrecededByConsultation(
  files: readonly CaseFile[],
  options: StatisticsOptions,
): {
  readonly table: PublishedTable<'consulted' | 'not-consulted'>;
  readonly rates: PublishedRates;
} {
  const counts = countTable(
    files,
    ['consulted', 'not-consulted'] as const,
    (f) => {
      if (f.decision?.outcome !== 'refused') {
        return undefined;
      }
      const done = f.consultation?.completedAt;
      const consulted = done !== undefined && Date.parse(done) <= Date.parse(f.decision.decidedAt);
      return {
        year: yearOf(f.decision.decidedAt),
        column: consulted ? 'consulted' : 'not-consulted',
      };
    },
    options.years,
  );
  const table = suppressSmallCells(counts, options.k);
  return { table, rates: ratesOf(table, 'consulted', 'total') };
}
