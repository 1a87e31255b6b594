import { describe, expect, it } from 'vitest';
import { caseFile } from './__fixtures__/case-builder.js';
import { childShare } from './child-share.js';
import { S2_CASE } from '../case/__fixtures__/case-files.js';

describe('childShare', () => {
  const adult = S2_CASE.subject;
  const child = { ...adult, age: { status: 'documented' as const, birthDate: '2005-01-01' } };
  const disputed = { ...adult, age: { status: 'disputed' as const } };
  const at = '2018-06-01T00:00:00.000Z';
  it('counts children at referral, a disputed age as a child', () => {
    const files = [
      caseFile(1, at, { subject: adult }),
      caseFile(2, at, { subject: child }),
      caseFile(3, at, { subject: disputed }),
      caseFile(4, at),
    ];
    const { table, rates } = childShare(files, { k: 1 });
    expect(table.rows[0]?.cells).toEqual({ child: 2, adult: 2 });
    expect(rates.overall).toBe(0.5);
  });
});
