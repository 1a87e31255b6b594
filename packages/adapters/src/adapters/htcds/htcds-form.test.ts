import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTCDS_EXPLOITATION, HTCDS_GENDER, HTCDS_TRAFFICKING_STATUS } from '@nrm/domain';
import { standardsFolder } from '../../../test/shared-standards.js';
import { HTCDS_FORM_ID, HTCDS_V2_COLUMNS } from './htcds-columns.js';
import { CTDC_EXPLOITATION_FLAGS, CTDC_GENDER } from './ctdc-record.js';

const htcds = standardsFolder('htcds');
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

describe.skipIf(!htcds.present)('the HTCDS v2 XLSForm', () => {
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
