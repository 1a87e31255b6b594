import type { CtdcRecord } from './ctdc-record.js';

/** Not recorded: counted, so the totals of every breakdown equal the number of records. */
export const UNKNOWN = 'unknown';

export interface CtdcCounts {
  readonly records: number;
  readonly gender: Readonly<Record<string, number>>;
  readonly ageGroup: Readonly<Record<string, number>>;
  /** A person with several forms counts once under each; `unknown` when none was recorded. */
  readonly exploitationType: Readonly<Record<string, number>>;
  readonly countryOfExploitation: Readonly<Record<string, number>>;
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The breakdowns CTDC publishes, over HTCDS values. */
export function countCtdc(records: readonly CtdcRecord[]): CtdcCounts {
  const gender: Record<string, number> = {};
  const ageGroup: Record<string, number> = {};
  const exploitationType: Record<string, number> = {};
  const countryOfExploitation: Record<string, number> = {};
  for (const r of records) {
    tally(gender, r.gender);
    tally(ageGroup, r.ageGroup ?? UNKNOWN);
    for (const form of r.exploitation.length > 0 ? r.exploitation : [UNKNOWN]) {
      tally(exploitationType, form);
    }
    tally(countryOfExploitation, r.countryOfExploitation ?? UNKNOWN);
  }
  return { records: records.length, gender, ageGroup, exploitationType, countryOfExploitation };
}
