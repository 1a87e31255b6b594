import type { CountTable } from './count-table.js';

/** A published count: the number, or `"<k"` when it is too small to publish. */
export type PublishedCount = number | `<${number}`;

export interface PublishedRow<C extends string> {
  readonly cells: Readonly<Record<C, PublishedCount>>;
  readonly total: PublishedCount;
}

/** A table fit for publication: small cells hidden, and none derivable from the totals. */
export interface PublishedTable<C extends string = string> {
  readonly k: number;
  readonly columns: readonly C[];
  readonly rows: readonly (PublishedRow<C> & { readonly year: number })[];
  /** All years together: per-column totals and the grand total. */
  readonly overall: PublishedRow<C>;
}

type Position = readonly [row: number, column: number];

/**
 * The linear relations a reader can use: each row adds up to its total, each column to
 * the overall row, and the overall row (and the totals column) to the grand total.
 */
function lines(rowCount: number, columnCount: number): { members: Position[]; total: Position }[] {
  const out: { members: Position[]; total: Position }[] = [];
  for (let r = 0; r <= rowCount; r++) {
    out.push({
      members: Array.from({ length: columnCount }, (_, c) => [r, c] as const),
      total: [r, columnCount],
    });
  }
  for (let c = 0; c <= columnCount; c++) {
    out.push({
      members: Array.from({ length: rowCount }, (_, r) => [r, c] as const),
      total: [rowCount, c],
    });
  }
  return out;
}

/**
 * Small-cell suppression with complementary suppression. Every count below `k` (zero
 * included: "none of the 3 children" discloses as much as "1") is primary-suppressed.
 * Then, until nothing changes, every line (row, column, totals) that would let a reader
 * recover a hidden value gets one more cell hidden, the smallest shown one:
 * - exactly one hidden member in a line: it is total minus the others;
 * - the total is shown and the hidden cells add up to less than `k`: their sum, a small
 *   number, is disclosed and bounds each of them.
 */
export function suppressSmallCells<C extends string>(
  table: CountTable<C>,
  k: number,
): PublishedTable<C> {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`the suppression threshold k must be a positive integer, got ${k}`);
  }
  const R = table.rows.length;
  const C = table.columns.length;
  // Matrix with margins: value[r][c], row totals at column C, column totals at row R.
  const value: number[][] = table.rows.map((row) => table.columns.map((col) => row.counts[col]));
  value.push(table.columns.map((_, c) => value.reduce((s, row) => s + (row[c] ?? 0), 0)));
  for (const row of value) {
    row.push(row.reduce((s, v) => s + v, 0));
  }
  const at = ([r, c]: Position): number => value[r]?.[c] ?? 0;
  const hidden = value.map((row) => row.map((v) => v < k));
  const isHidden = ([r, c]: Position): boolean => hidden[r]?.[c] ?? false;
  const hide = ([r, c]: Position): void => {
    const row = hidden[r];
    if (row !== undefined) {
      row[c] = true;
    }
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines(R, C)) {
      const hiddenCells = line.members.filter(isHidden);
      const totalHidden = isHidden(line.total);
      const hiddenCount = hiddenCells.length + (totalHidden ? 1 : 0);
      const hiddenSum = hiddenCells.reduce((s, p) => s + at(p), 0);
      const exposed = hiddenCount === 1 || (!totalHidden && hiddenCount > 0 && hiddenSum < k);
      if (!exposed) {
        continue;
      }
      const candidates = line.members.filter((p) => !isHidden(p));
      const pool = candidates.length > 0 ? candidates : totalHidden ? [] : [line.total];
      const next = pool.reduce<Position | undefined>(
        (best, p) => (best === undefined || at(p) < at(best) ? p : best),
        undefined,
      );
      if (next !== undefined) {
        hide(next);
        changed = true;
      }
    }
  }

  const publish = (p: Position): PublishedCount => (isHidden(p) ? `<${k}` : at(p));
  const publishRow = (r: number): PublishedRow<C> => ({
    cells: Object.fromEntries(table.columns.map((col, c) => [col, publish([r, c])])) as Record<
      C,
      PublishedCount
    >,
    total: publish([r, C]),
  });
  return {
    k,
    columns: table.columns,
    rows: table.rows.map((row, r) => ({ year: row.year, ...publishRow(r) })),
    overall: publishRow(R),
  };
}

/** `part / whole` when both are published and `whole` is not zero; otherwise `null`. */
export function shareOf(part: PublishedCount, whole: PublishedCount): number | null {
  return typeof part === 'number' && typeof whole === 'number' && whole > 0 ? part / whole : null;
}
