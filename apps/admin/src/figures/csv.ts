import type { Table } from './published-table.js';

function field(value: string | number): string {
  const text = String(value);
  // Quote per RFC 4180; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A published table as CSV: one row per year and the overall row, suppressed cells kept as
 * `<k` exactly as published (the CSV never holds more than the screen).
 */
export function tableToCsv(table: Table, labels: { year: string; total: string; overall: string }) {
  const header = [labels.year, ...table.columns, labels.total];
  const rows = [
    ...table.rows.map((row) => [
      row.year,
      ...table.columns.map((c) => row.cells[c] ?? ''),
      row.total,
    ]),
    [
      labels.overall,
      ...table.columns.map((c) => table.overall.cells[c] ?? ''),
      table.overall.total,
    ],
  ];
  return `${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
