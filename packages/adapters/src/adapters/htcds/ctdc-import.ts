import { parse } from 'csv-parse/sync';
import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import { CTDC_EXPLOITATION_FLAGS, CTDC_GENDER, type CtdcRecord } from './ctdc-record.js';
import { exportText } from '../../sdk/export-input.js';

const MISSING = '-99';
const COUNTRY = /^[A-Z]{2}$/;
const AGE_BAND = /^([0-9]+)--([0-9]+)$|^([0-9]+)\+$/;
const REQUIRED = ['yearOfRegistration', 'gender', 'ageBroad', 'CountryOfExploitation'] as const;

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

type Row = Readonly<Record<string, string>>;

function readRow(row: Row, line: number): CtdcRecord | AdapterIssue {
  const at = (column: string): string => `line ${line}, column ${column}`;
  const year = Number(row.yearOfRegistration);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    return issue(
      'NATIVE_FIELD_INVALID',
      `not a year: ${row.yearOfRegistration}`,
      at('yearOfRegistration'),
    );
  }
  const gender = CTDC_GENDER[row.gender ?? ''];
  if (gender === undefined) {
    return issue('NATIVE_FIELD_INVALID', `unknown gender: ${row.gender}`, at('gender'));
  }
  const age = row.ageBroad ?? MISSING;
  const band = AGE_BAND.exec(age);
  if (age !== MISSING && band === null) {
    return issue('NATIVE_FIELD_INVALID', `not an age band: ${age}`, at('ageBroad'));
  }
  const country = row.CountryOfExploitation ?? MISSING;
  if (country !== MISSING && !COUNTRY.test(country)) {
    return issue(
      'NATIVE_FIELD_INVALID',
      `not an ISO 3166 code: ${country}`,
      at('CountryOfExploitation'),
    );
  }
  const exploitation = new Set<string>();
  for (const [flag, values] of CTDC_EXPLOITATION_FLAGS) {
    const value = row[flag] ?? MISSING;
    if (value !== '0' && value !== '1' && value !== MISSING) {
      return issue('NATIVE_FIELD_INVALID', `a flag is 0, 1 or -99, not ${value}`, at(flag));
    }
    if (value === '1') {
      values.forEach((v) => exploitation.add(v));
    }
  }
  // CTDC writes "00" for an unknown citizenship as well as -99.
  const citizenship =
    row.citizenship !== undefined && COUNTRY.test(row.citizenship) && row.citizenship !== '00'
      ? row.citizenship
      : undefined;
  return {
    yearOfRegistration: year,
    gender,
    ...(band !== null && {
      ageGroup: band[3] !== undefined ? `${band[3]}+` : `${band[1]}-${band[2]}`,
    }),
    exploitation: [...exploitation],
    ...(country !== MISSING && { countryOfExploitation: country }),
    ...(citizenship !== undefined && { citizenship }),
  };
}

/**
 * Reads a CTDC Global Dataset CSV (the published column names, `-99` for not recorded).
 * One record per row, numbered by line; a bad row is an issue and the others are read.
 * Never throws.
 */
export function importCtdc(input: string | Uint8Array): ParsedRecord<CtdcRecord>[] {
  const text = exportText(input);
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not CSV';
    return [{ nativeId: '(file)', error: issue('NATIVE_RECORD_UNREADABLE', message, 'line 1') }];
  }
  const [header, ...data] = rows;
  const missing = REQUIRED.filter((c) => !(header ?? []).includes(c));
  if (header === undefined || missing.length > 0) {
    return [
      {
        nativeId: '(header)',
        error: issue(
          'NATIVE_RECORD_UNREADABLE',
          `not a CTDC export: no column ${missing.join(', ')}`,
          'line 1',
        ),
      },
    ];
  }
  return data.map((cells, i) => {
    const line = i + 2;
    const nativeId = `line ${line}`;
    if (cells.length !== header.length) {
      return {
        nativeId,
        error: issue(
          'NATIVE_RECORD_UNREADABLE',
          `${cells.length} fields, the header has ${header.length}`,
          nativeId,
        ),
      };
    }
    const row = Object.fromEntries(header.map((name, c) => [name, cells[c]!]));
    const read = readRow(row, line);
    return 'code' in read ? { nativeId, error: read } : { nativeId, record: read };
  });
}
