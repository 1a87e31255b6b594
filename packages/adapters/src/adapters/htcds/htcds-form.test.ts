import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTCDS_EXPLOITATION, HTCDS_GENDER, HTCDS_TRAFFICKING_STATUS } from '@nrm/domain';
import { standardsFolder } from '../../../test/shared-standards.js';
import { HTCDS_FORM_ID, HTCDS_V2_COLUMNS } from './htcds-columns.js';
import { received } from '../../../test/reference-adapter-checks.js';
import { fixtures } from './conformance.js';
import { importCtdc } from './ctdc-import.js';
import { CTDC_EXPLOITATION_FLAGS, CTDC_GENDER } from './ctdc-record.js';
import { ctdcToHtcdsRow } from './ctdc-to-htcds.js';
import type { HtcdsRow } from './htcds-csv.js';
import { adapter } from './index.js';

const htcds = standardsFolder('htcds');
const ctdc = standardsFolder('ctdc-sample');
const form = (): string => readFileSync(join(htcds.path, 'htcds_xlsform.xml'), 'utf8');

/** The data fields of the form's instance, in order (ODK bookkeeping fields left out). */
function instanceFields(xml: string): string[] {
  const instance = /<data id="([^"]+)"[^>]*>(.*?)<\/data>/s.exec(xml);
  expect(instance?.[1]).toBe(HTCDS_FORM_ID);
  return [...instance![2]!.matchAll(/<([A-Za-z_][\w]*)\/>/g)]
    .map((m) => m[1]!)
    .filter((name) => !['start', 'end', '__version__', 'instanceID'].includes(name));
}

/** The choice values of one select field. */
function choices(xml: string, field: string): string[] {
  const select = new RegExp(`<select1? ref="/data/${field}">(.*?)</select1?>`, 's').exec(xml);
  return [...(select?.[1] ?? '').matchAll(/<value>([^<]*)<\/value>/g)].map((m) => m[1]!);
}

/** Each field's kind as the form binds it: `select1`, `select` (multiple), `date` or free text. */
function fieldKinds(xml: string): Map<string, 'select1' | 'select' | 'date' | 'text'> {
  const kinds = new Map<string, 'select1' | 'select' | 'date' | 'text'>();
  for (const m of xml.matchAll(/<bind nodeset="\/data\/(\w+)"[^>]*type="(\w+)"/g)) {
    kinds.set(m[1]!, m[2] === 'date' ? 'date' : 'text');
  }
  for (const m of xml.matchAll(/<(select1?) ref="\/data\/(\w+)">/g)) {
    kinds.set(m[2]!, m[1] as 'select1' | 'select');
  }
  return kinds;
}

/** Why a row would not load into the form: a value outside a picklist, or a malformed date. */
function loadProblems(xml: string, row: HtcdsRow): string[] {
  const kinds = fieldKinds(xml);
  const problems: string[] = [];
  for (const [field, value] of Object.entries(row.fields)) {
    const kind = kinds.get(field);
    const allowed = choices(xml, field);
    if (kind === undefined) {
      problems.push(`${field}: not a field of the form`);
    } else if (kind === 'select1' && !allowed.includes(value)) {
      problems.push(`${field}: ${value} is not a choice`);
    } else if (kind === 'select' && value.split(' ').some((v) => !allowed.includes(v))) {
      problems.push(`${field}: ${value} has a value that is not a choice`);
    } else if (kind === 'date' && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) {
      problems.push(`${field}: ${value} is not a date`);
    }
  }
  return problems;
}

describe.skipIf(!htcds.present)('the HTCDS v2 XLSForm', () => {
  it('accepts every row the export writes, field by field: picklist values and dates', () => {
    const xml = form();
    const rows = fixtures.outboundMessages!.map((m) =>
      adapter.outbound!.fromCanonical(
        received(m, 'rs.cptv', '2026-05-01T10:00:00+02:00'),
        fixtures.context,
      )!,
    );
    expect(rows.flatMap((row) => loadProblems(xml, row))).toEqual([]);
    // Including a child in forced labour, whose row also carries ChildLabour.
    expect(
      loadProblems(xml, {
        instanceId: 'x',
        fields: { vic_TypeOfExploitation: 'ForcedLabour ChildLabour', prs_Gender: 'Bogus' },
      }),
    ).toEqual(['prs_Gender: Bogus is not a choice']);
  });

  it.skipIf(!ctdc.present)('accepts every row written from the CTDC sample', () => {
    const xml = form();
    const parsed = importCtdc(readFileSync(join(ctdc.path, 'ctdc_global_sample.csv'), 'utf8'));
    const rows = parsed.flatMap((p) =>
      'record' in p ? [ctdcToHtcdsRow(p.record, p.nativeId)] : [],
    );
    expect(rows).toHaveLength(593);
    expect([...new Set(rows.flatMap((row) => loadProblems(xml, row)))]).toEqual([]);
  });

  it('has exactly our CSV columns, in the same order', () => {
    expect(instanceFields(form())).toEqual([...HTCDS_V2_COLUMNS]);
  });

  it('offers every value the CTDC import writes', () => {
    const xml = form();
    expect(choices(xml, 'prs_Gender')).toEqual(
      expect.arrayContaining([...new Set(Object.values(CTDC_GENDER))]),
    );
    expect(choices(xml, 'vic_TypeOfExploitation')).toEqual(
      expect.arrayContaining([...new Set(CTDC_EXPLOITATION_FLAGS.flatMap(([, v]) => v))]),
    );
  });

  it('offers every value the domain export writes (the tables the adapter reuses)', () => {
    const xml = form();
    expect(choices(xml, 'prs_Gender')).toEqual(expect.arrayContaining(Object.values(HTCDS_GENDER)));
    expect(choices(xml, 'vic_TraffickingStatus')).toEqual(
      expect.arrayContaining(Object.values(HTCDS_TRAFFICKING_STATUS)),
    );
    expect(choices(xml, 'vic_TypeOfExploitation')).toEqual(
      expect.arrayContaining(Object.values(HTCDS_EXPLOITATION).map((e) => e.value)),
    );
  });
});
