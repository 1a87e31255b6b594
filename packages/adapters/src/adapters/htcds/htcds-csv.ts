import { HTCDS_INSTANCE_ID, HTCDS_V2_COLUMNS, type HtcdsColumn } from './htcds-columns.js';

/** One case as an HTCDS submission: its id and the form fields it fills. */
export interface HtcdsRow {
  readonly instanceId: string;
  readonly fields: Readonly<Partial<Record<HtcdsColumn, string>>>;
}

/** RFC 4180: quoted when the value holds a comma, quote or line break; quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as the CSV IOM's toolkit imports: the form's field names as the header, in
 * the form's order, then the instance id; UTF-8, comma-separated, CRLF line ends (RFC 4180).
 */
export function writeHtcdsCsv(rows: readonly HtcdsRow[]): string {
  const header = [...HTCDS_V2_COLUMNS, HTCDS_INSTANCE_ID];
  const lines = [header.join(',')];
  for (const row of rows) {
    const values = HTCDS_V2_COLUMNS.map((column) => cell(row.fields[column] ?? ''));
    lines.push([...values, cell(row.instanceId)].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
