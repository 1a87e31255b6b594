/**
 * Raw counts of one statistic: rows are years, columns are categories. Totals are
 * derived, never stored, so they always add up. Raw tables are for computing only;
 * only a `PublishedTable` (after suppression) may leave the system.
 */
export interface CountTable<C extends string = string> {
  readonly columns: readonly C[];
  readonly rows: readonly { readonly year: number; readonly counts: Readonly<Record<C, number>> }[];
}

/** Calendar year (UTC) of an ISO instant. */
export function yearOf(instant: string): number {
  return new Date(Date.parse(instant)).getUTCFullYear();
}

/**
 * Counts items per year and column. An item whose year or column is `undefined` is not
 * counted (e.g. a case not yet decided in a table of decisions). `years` fixes the rows,
 * so a year without any item still appears as a row of zeros.
 */
export function countTable<T, C extends string>(
  items: readonly T[],
  columns: readonly C[],
  classify: (item: T) => { readonly year: number; readonly column: C } | undefined,
  years?: readonly number[],
): CountTable<C> {
  const byYear = new Map<number, Record<C, number>>();
  const zero = (): Record<C, number> =>
    Object.fromEntries(columns.map((c) => [c, 0])) as Record<C, number>;
  for (const y of years ?? []) {
    byYear.set(y, zero());
  }
  for (const item of items) {
    const at = classify(item);
    if (at === undefined || (years !== undefined && !years.includes(at.year))) {
      continue;
    }
    const row = byYear.get(at.year) ?? zero();
    row[at.column] += 1;
    byYear.set(at.year, row);
  }
  const rows = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, counts]) => ({ year, counts }));
  return { columns, rows };
}
