import { describe, expect, it } from 'vitest';
import { InfoRequest } from './info-request.js';

const valid = {
  requestId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600001',
  requestedFrom: 'rs.csw.belgrade',
  purpose: 'identification',
  questions: ['Is the family known to the centre?'],
  categoriesRequested: ['family', 'assistance'],
  respondBy: '2026-03-09T16:00:00+01:00',
};

describe('InfoRequest', () => {
  it('accepts a request to one agency with its questions and categories', () => {
    expect(InfoRequest.parse(valid)).toEqual(valid);
  });

  it('counts question length in code points, as the wire does', () => {
    const emoji = '😀'.repeat(1000);
    expect(InfoRequest.safeParse({ ...valid, questions: [emoji] }).success).toBe(true);
    expect(InfoRequest.safeParse({ ...valid, questions: [emoji + '😀'] }).success).toBe(false);
  });

  it('rejects a request without questions, naming the field', () => {
    const r = InfoRequest.safeParse({ ...valid, questions: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['questions']]);
  });

  it('rejects a category requested twice', () => {
    const r = InfoRequest.safeParse({ ...valid, categoriesRequested: ['family', 'family'] });
    expect(r.error?.issues).toMatchObject([
      { path: ['categoriesRequested'], message: 'a data category is requested at most once' },
    ]);
  });
});
