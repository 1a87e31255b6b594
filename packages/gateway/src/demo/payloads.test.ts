import { dataCategoriesOf } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import { pseudonym, referral } from './payloads.js';

const at = new Date('2026-03-02T09:00:00Z');
const base = {
  subject: 'sub_AbCdEfGhIjKlMnOpQrSt',
  casePseudonym: 'case_AbCdEfGhIjKlMnOpQrSt',
  age: { status: 'documented' as const, birthDate: '1997-02-11' },
  gender: 'female' as const,
  from: 'rs.astra',
  channel: 'ngo' as const,
  recipients: ['rs.cptv'],
  forms: ['sexual'],
  indicators: [{ catalogue: 'iom-national', indicator: 'iom-national.documents-held-by-another' }],
  area: 'beograd-stari-grad',
  consentRefs: [],
  exploitedIn: ['DE'],
  at,
};

describe('demo payloads', () => {
  it('mints pseudonyms of the wire format', () => {
    expect(pseudonym('sub')).toMatch(/^sub_[0-9A-Za-z]{20}$/);
    expect(pseudonym('case')).toMatch(/^case_[0-9A-Za-z]{20}$/);
    expect(pseudonym('sub')).not.toBe(pseudonym('sub'));
  });

  it('a referral carries health data only when the health section is given', () => {
    const categories = (payload: unknown) => {
      const result = dataCategoriesOf('nrm.referral', 2, payload);
      if (!result.ok) {
        throw new Error(JSON.stringify(result.error));
      }
      return result.value;
    };
    expect(categories(referral({ ...base, disability: true }))).toContain('health');
    expect(categories(referral(base))).not.toContain('health');
  });
});
