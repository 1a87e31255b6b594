/** A published count: the number, or `"<k"` where it was too small to publish. */
export type Count = number | string;

/** The shape of `@nrm/domain`'s `PublishedTable` as it arrives over the wire. */
export interface Table {
  k: number;
  columns: readonly string[];
  rows: readonly { year: number; cells: Readonly<Record<string, Count>>; total: Count }[];
  overall: { cells: Readonly<Record<string, Count>>; total: Count };
}

/** A count for a chart: suppressed cells are gaps, never zeros. */
export const plotted = (count: Count | undefined): number | null =>
  typeof count === 'number' ? count : null;
