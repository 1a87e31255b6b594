import type { CaseFile } from '../case/case-file.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { addDays } from '../time.js';
import { countTable, yearOf } from './count-table.js';
import { ratesOf, type PublishedRates } from './rates.js';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

export type CarePlanColumn = 'on-time' | 'late' | 'missing';

/**
 * Care plans adopted within the profile's deadline after the immediate assistance plan
 * (CARE_PLAN_DUE: 2 weeks in Serbia), per year the immediate plan was completed. A plan
 * still missing counts only once its deadline has passed at `asOf`.
 */
export function carePlansOnTime(
  files: readonly CaseFile[],
  options: StatisticsOptions & { readonly profile: JurisdictionProfile; readonly asOf: string },
): { readonly table: PublishedTable<CarePlanColumn>; readonly rates: PublishedRates } {
  const counts = countTable(
    files,
    ['on-time', 'late', 'missing'] as const,
    (f) => {
      const dueDays = options.profile.carePlanDueDays;
      if (f.carePlan === undefined || dueDays === undefined) {
        return undefined;
      }
      const due = Date.parse(addDays(f.carePlan.immediatePlanCompletedAt, dueDays));
      const adopted = f.carePlan.carePlanAdoptedAt;
      const year = yearOf(f.carePlan.immediatePlanCompletedAt);
      if (adopted !== undefined) {
        return { year, column: Date.parse(adopted) <= due ? 'on-time' : 'late' };
      }
      return Date.parse(options.asOf) > due ? { year, column: 'missing' } : undefined;
    },
    options.years,
  );
  const table = suppressSmallCells(counts, options.k);
  return { table, rates: ratesOf(table, 'on-time', 'total') };
}
