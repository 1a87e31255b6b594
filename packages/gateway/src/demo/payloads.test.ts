import { dataCategoriesOf } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import { carePlan, crimeReport, demoPseudonym, pseudonym, referral } from './payloads.js';

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
  it('names demo people with fixed pseudonyms of the wire format', () => {
    expect(demoPseudonym('sub', 'DemoS1OlderBrother')).toBe('sub_DemoS1OlderBrother00');
    expect(demoPseudonym('case', 'DemoS1OlderBrother')).toMatch(/^case_[0-9A-Za-z]{20}$/);
    expect(() => demoPseudonym('sub', 'Older brother')).toThrow(TypeError);
  });

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

  it('the duty-to-report notice is a valid v2 crime report carrying only pseudonyms and criminal-proceedings facts (S5)', () => {
    const notice = crimeReport({
      subject: base.subject,
      casePseudonym: base.casePseudonym,
      issuedBy: 'rs.cptv',
      reportedTo: 'rs.police.belgrade-thb',
      offence: 'Trafficking in human beings: made to transport drugs for the exploiters.',
      at,
    });
    const result = dataCategoriesOf('nrm.proceedings-notice', 2, notice);
    expect(result.ok && [...new Set(result.value)].sort()).toEqual([
      'criminal-proceedings',
      'identity',
      'process',
    ]);
    // v1 has no crime-report kind: the notice needs v2.
    expect(dataCategoriesOf('nrm.proceedings-notice', 1, notice).ok).toBe(false);
    expect(dataCategoriesOf('nrm.proceedings-notice', 2, { ...notice, reportedTo: '' }).ok).toBe(
      false,
    );
  });

  it('the care plan is a valid care plan carrying identity, assistance and process, with its conditions (S5)', () => {
    const plan = carePlan({
      subject: base.subject,
      casePseudonym: base.casePseudonym,
      madeBy: 'rs.cptv',
      provider: 'rs.astra',
      conditions: ['informed-consent', 'participation-in-care-plan'],
      at,
    });
    const result = dataCategoriesOf('nrm.care-plan', 1, plan);
    expect(result.ok && [...new Set(result.value)].sort()).toEqual([
      'assistance',
      'identity',
      'process',
    ]);
    expect(plan.conditions).toEqual(['informed-consent', 'participation-in-care-plan']);
  });
});
