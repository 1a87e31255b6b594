import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardsFolder } from '../../../test/shared-standards.js';
import { countCtdc } from './ctdc-counts.js';
import { importCtdc } from './ctdc-import.js';
import type { CtdcRecord } from './ctdc-record.js';
import { ctdcToHtcdsRow } from './ctdc-to-htcds.js';
import { writeHtcdsCsv } from './htcds-csv.js';

const ctdc = standardsFolder('ctdc-sample');
const samplePath = join(ctdc.path, 'ctdc_global_sample.csv');

/**
 * The expected figures, computed by Python's csv module straight from the file and from
 * other columns than the import reads: exploitation from `typeOfExploitConcatenated` (the
 * import reads the `is…` flags). Labels are turned into HTCDS values by this table only.
 */
function countWithPython(path: string) {
  const script = `
import csv, json, sys
from collections import Counter
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
gender = {'Female': 'Feminine', 'Male': 'Masculine'}
exploitation = {'Sexual exploitation': 'SexualExploitation', 'Forced labour': 'ForcedLabour', 'Other': 'Other'}
unknown = lambda v: 'unknown' if v == '-99' else v
forms = Counter()
for r in rows:
    for form in r['typeOfExploitConcatenated'].split(';'):
        forms[exploitation.get(form.strip(), 'unknown')] += 1
print(json.dumps({
    'records': len(rows),
    'gender': Counter(gender[r['gender']] for r in rows),
    'ageGroup': Counter(unknown(r['ageBroad']).replace('--', '-') for r in rows),
    'exploitationType': forms,
    'countryOfExploitation': Counter(unknown(r['CountryOfExploitation']) for r in rows),
}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as unknown;
}

const records = (input: string): CtdcRecord[] =>
  importCtdc(input).flatMap((r) => ('record' in r ? [r.record] : []));

describe.skipIf(!ctdc.present)('the CTDC global sample', () => {
  it('imports every row and reproduces the counts computed directly from the CSV', () => {
    const text = readFileSync(samplePath, 'utf8');
    const parsed = importCtdc(text);
    expect(parsed.filter((r) => 'error' in r)).toEqual([]);
    const counts = countCtdc(records(text));
    expect(counts).toEqual(countWithPython(samplePath));
    // The sample's README: 593 rows, mostly women and girls.
    expect(counts.records).toBe(593);
  });

  it('writes the imported records as HTCDS rows the form reads', () => {
    const imported = importCtdc(readFileSync(samplePath, 'utf8'));
    const rows = imported.flatMap((r) =>
      'record' in r ? [ctdcToHtcdsRow(r.record, `ctdc-${r.nativeId.replace('line ', '')}`)] : [],
    );
    const csv = writeHtcdsCsv(rows);
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(594);
    expect(rows[0]!.fields).toMatchObject({
      prs_Gender: 'Feminine',
      prs_Citizenship: 'CO',
      vic_TypeOfExploitation: 'SexualExploitation',
    });
  });
});

describe('bad CTDC input', () => {
  const header =
    'yearOfRegistration,gender,ageBroad,CountryOfExploitation,isForcedLabour,citizenship';

  it('is refused row by row with the line and column, the good rows still read', () => {
    const parsed = importCtdc(
      [
        header,
        '2019,Female,9--17,RS,1,RS',
        '2019,Ženski,9--17,RS,1,RS',
        '2019,Male,odrasli,RS,1,RS',
        '2019,Male,48+,Srbija,1,RS',
        '2019,Male,48+,RS,da,RS',
        '2019,Male',
      ].join('\n'),
    );
    expect(parsed.map((p) => ('error' in p ? [p.error.code, p.error.path] : 'ok'))).toEqual([
      'ok',
      ['NATIVE_FIELD_INVALID', 'line 3, column gender'],
      ['NATIVE_FIELD_INVALID', 'line 4, column ageBroad'],
      ['NATIVE_FIELD_INVALID', 'line 5, column CountryOfExploitation'],
      ['NATIVE_FIELD_INVALID', 'line 6, column isForcedLabour'],
      ['NATIVE_RECORD_UNREADABLE', 'line 7'],
    ]);
  });

  it('a file that is not a CTDC export, or not CSV, is one issue and no throw', () => {
    expect(importCtdc('ime;prezime\nJovana;Petrović')).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ code: 'NATIVE_RECORD_UNREADABLE' }) as unknown,
      }),
    ]);
    expect(importCtdc(`${header}\n"2019,Female`)[0]).toMatchObject({
      error: { code: 'NATIVE_RECORD_UNREADABLE' },
    });
  });
});
