import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import { readCsv } from '../shared/csv.js';

/** The columns of the police case system's referral export, in its own (Serbian) words. */
export const POLICE_COLUMNS = [
  'broj_predmeta',
  'sifra_lica',
  'datum_prijave',
  'vreme_prijave',
  'datum_rodjenja',
  'pol',
  'drzavljanstvo',
  'jezik',
  'opstina',
  'oblici_eksploatacije',
  'indikatori',
  'zapazanje',
  'potrebe',
] as const;

/** One row of the export: a presumed victim the police refer (case number = native id). */
export type PoliceReferralRow = Readonly<Record<(typeof POLICE_COLUMNS)[number], string>> & {
  readonly line: number;
};

/** Split a police CSV export into rows; a row without a case number is refused by itself. */
export function parsePoliceExport(input: string | Uint8Array): ParsedRecord<PoliceReferralRow>[] {
  const table = readCsv(input, ['broj_predmeta']);
  if ('issue' in table) {
    return [{ nativeId: 'file', error: table.issue }];
  }
  return table.rows.map((row) => {
    const record = Object.fromEntries(
      POLICE_COLUMNS.map((column) => [column, row.values[column] ?? '']),
    ) as Record<(typeof POLICE_COLUMNS)[number], string>;
    const nativeId = record.broj_predmeta;
    if (row.issue !== undefined && nativeId !== '') {
      return { nativeId, error: row.issue };
    }
    if (nativeId === '') {
      const error: AdapterIssue = {
        code: 'NATIVE_FIELD_MISSING',
        message: 'The row has no case number (broj_predmeta).',
        path: `row ${String(row.line)}, column broj_predmeta`,
      };
      return { nativeId: `row ${String(row.line)}`, error };
    }
    return { nativeId, record: { ...record, line: row.line } };
  });
}
