import { parse } from 'csv-parse/sync';
import type { AdapterIssue } from '../../sdk/adapter.js';

/** One CSV row as column → value, with the line it came from. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
  /** Set when the row has another number of cells than the header: a `;` not quoted. */
  readonly issue?: AdapterIssue;
}

/**
 * Read a semicolon-separated UTF-8 export with a header row (a BOM is dropped). A file that
 * is not CSV at all is one issue, never a throw.
 */
export function readCsv(
  input: string | Uint8Array,
  required: readonly string[],
): { rows: CsvRow[] } | { issue: AdapterIssue } {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  let table: string[][];
  try {
    const rows: unknown = parse(text.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
    table = rows as string[][];
  } catch (error) {
    return {
      issue: {
        code: 'NATIVE_RECORD_UNREADABLE',
        message: `Not a semicolon-separated export: ${error instanceof Error ? error.message : String(error)}`,
        path: 'file',
      },
    };
  }
  const [header, ...body] = table;
  const missing = required.filter((column) => !(header ?? []).includes(column));
  if (header === undefined || missing.length > 0) {
    return {
      issue: {
        code: 'NATIVE_RECORD_UNREADABLE',
        message: `The header lacks the columns ${missing.join(', ')}.`,
        path: 'row 1',
      },
    };
  }
  return {
    rows: body.map((cells, index) => ({
      line: index + 2,
      values: Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])),
      ...(cells.length === header.length
        ? {}
        : {
            issue: {
              code: 'NATIVE_RECORD_UNREADABLE',
              message: `The row has ${String(cells.length)} cells, the header ${String(header.length)}: is a ";" in a text not quoted?`,
              path: `row ${String(index + 2)}`,
            },
          }),
    })),
  };
}

/** A list cell (`a, b`) as its items. */
export function listCell(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A semicolon-separated export with a header row; cells with `;`, quotes or line breaks quoted. */
export function writeCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const cell = (value: string) =>
    /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const line = (values: readonly string[]) => values.map(cell).join(';');
  return [line(columns), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))]
    .map((text) => `${text}\n`)
    .join('');
}
