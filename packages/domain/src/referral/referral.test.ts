import { describe, expect, it } from 'vitest';
import { checkReferral, Referral } from './referral.js';

/** S1: two brothers referred by the Belgrade police for forced begging and criminality. */
const s1 = {
  id: 'ref_01J9ZK3W6Q5N8R2T4V',
  casePseudonym: 'case_7QK2M9X4B1R8T3W6',
  subject: {
    pseudonym: 'sub_4F8K2M7Q9X1B3R5T',
    age: { status: 'documented', birthDate: '2012-05-14' },
    gender: 'male',
    citizenship: ['RS'],
    migrationStatus: 'citizen',
  },
  referringAgency: 'rs.police.belgrade-thb',
  channel: 'police',
  referredAt: '2026-03-02T09:00:00+01:00',
  recipients: ['rs.cptv', 'rs.csw.belgrade'],
  exploitation: { forms: ['forced-begging', 'forced-criminality'], domestic: true },
  indicators: [
    {
      catalogue: 'child',
      indicator: 'child.begging-on-street',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T18:00:00+01:00',
    },
    {
      catalogue: 'child',
      indicator: 'child.hands-over-earnings',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T18:00:00+01:00',
      note: 'an adult collected the money every hour',
    },
  ],
  immediateNeeds: ['safe-accommodation', 'child-guardian'],
  interpreter: { needed: false },
  area: 'RS-00-savski-venac',
};

describe('Referral', () => {
  it('parses the S1 referral with defaults filled in', () => {
    const r = Referral.parse(s1);
    expect(r.consentRefs).toEqual([]);
    expect(r.subject.languages).toEqual([]);
    expect(r.exploitation.countriesOfExploitation).toEqual([]);
    expect(checkReferral(r)).toEqual([]);
  });

  it('accepts a self-referral through a hotline with an interpreter need (S2)', () => {
    const r = Referral.parse({
      ...s1,
      channel: 'self-referral',
      referringAgency: 'rs.astra',
      recipients: ['rs.cptv'],
      interpreter: { needed: true, language: 'de' },
      consentRefs: ['consent_01J9ZK'],
    });
    expect(r.interpreter).toEqual({ needed: true, language: 'de' });
  });

  it('rejects an interpreter need without a language, and an unknown channel', () => {
    const r = Referral.safeParse({ ...s1, interpreter: { needed: true }, channel: 'neighbour' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'channel',
      'interpreter.language',
    ]);
  });

  it('rejects a referral without recipients or with a name-like case pseudonym', () => {
    const r = Referral.safeParse({ ...s1, recipients: [], casePseudonym: 'case_Marko Petrovic' });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'casePseudonym',
      'recipients',
    ]);
  });

  it('accepts an indicator that is not in its catalogue, with a warning naming its path', () => {
    const r = Referral.parse({
      ...s1,
      indicators: [{ ...s1.indicators[0], catalogue: 'ilo', indicator: 'ilo.begging' }],
    });
    expect(checkReferral(r)).toEqual([
      {
        code: 'INDICATOR_UNKNOWN',
        severity: 'warning',
        message: expect.stringMatching(/not in the loaded catalogue "ilo"/),
        path: ['indicators', 0, 'indicator'],
      },
    ]);
  });
});
