import type { CaseFile } from '../case/case-file.js';
import { daysBetween } from '../time.js';
import { countTable, yearOf } from './count-table.js';
import { median, percentile } from './percentile.js';
import { suppressSmallCells, type PublishedCount } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

export interface DecisionTimes {
  readonly decisions: PublishedCount;
  /** Days from referral to first-instance decision; `null` when the count is suppressed. */
  readonly medianDays: number | null;
  readonly p90Days: number | null;
}

/**
 * Time from referral to decision per decision year: median and 90th percentile. Figures
 * for fewer than k decisions are withheld together with their count, since a median of
 * two cases is nearly their exact dates.
 */
export function timeToDecision(
  files: readonly CaseFile[],
  options: StatisticsOptions,
): {
  readonly byYear: readonly (DecisionTimes & { readonly year: number })[];
  readonly overall: DecisionTimes;
} {
  const decided = files.flatMap((f) =>
    f.decision === undefined
      ? []
      : [
          {
            year: yearOf(f.decision.decidedAt),
            days: daysBetween(f.referral.referredAt, f.decision.decidedAt),
          },
        ],
  );
  const counts = countTable(
    decided,
    ['decisions'] as const,
    (d) => ({ year: d.year, column: 'decisions' }),
    options.years,
  );
  const published = suppressSmallCells(counts, options.k);
  const times = (n: PublishedCount, days: readonly number[]): DecisionTimes =>
    typeof n === 'number' && n > 0
      ? { decisions: n, medianDays: median(days) ?? null, p90Days: percentile(days, 90) ?? null }
      : { decisions: n, medianDays: null, p90Days: null };
  return {
    byYear: published.rows.map((row) => ({
      year: row.year,
      ...times(
        row.total,
        decided.filter((d) => d.year === row.year).map((d) => d.days),
      ),
    })),
    overall: times(
      published.overall.total,
      decided.filter((d) => published.rows.some((r) => r.year === d.year)).map((d) => d.days),
    ),
  };
}
