import { describe, expect, it } from 'vitest';
import { ConsentFormNotice } from './consent-form-notice.js';

const notice = {
  formVersion: 'rs-cptv-2026-1',
  language: 'sr-Latn',
  accessToOwnFile: {
    ask: 'rs.cptv',
    how: 'Ask your case manager; you may read and copy every document in your file.',
  },
  processingAndStorage: 'Stored encrypted by the CPTV; deleted ten years after the case closes.',
  sharing: [{ what: 'identity and exploitation', withWhom: 'the CSW of your municipality' }],
};

describe('ConsentFormNotice (seed L395-400)', () => {
  it('parses a notice with access to the own file, processing and sharing', () => {
    expect(ConsentFormNotice.parse(notice).accessToOwnFile.ask).toBe('rs.cptv');
  });
  it('refuses a form that does not tell the person how to access their own file', () => {
    const { accessToOwnFile: _a, ...without } = notice;
    expect(ConsentFormNotice.safeParse(without).error?.issues[0]?.path).toEqual([
      'accessToOwnFile',
    ]);
  });
  it('refuses a form that does not say with whom data are shared', () => {
    expect(ConsentFormNotice.safeParse({ ...notice, sharing: [] }).error?.issues[0]?.path).toEqual([
      'sharing',
    ]);
  });
});
