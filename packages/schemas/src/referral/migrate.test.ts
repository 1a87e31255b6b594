import { describe, expect, it } from 'vitest';
import { REFERRAL } from './definition.js';
import { upgradeReferralV1ToV2 } from './migrate.js';
import { ReferralV1 } from './v1.js';
import { ReferralV2 } from './v2.js';

const v1 = ReferralV1.parse(REFERRAL.examples[1]);

describe('upgradeReferralV1ToV2', () => {
  it('keeps free-text indicators as notes and invents no catalogue observation', () => {
    const v2 = upgradeReferralV1ToV2(v1);
    expect(v2.indicators).toEqual([]);
    expect(v2.indicatorNotes).toBe(v1.indicatorsText);
    expect(ReferralV2.safeParse(v2).success).toBe(true);
  });

  it('moves the single country list to countries of exploitation and leaves recruitment empty', () => {
    const v2 = upgradeReferralV1ToV2({ ...v1, exploitationCountries: ['AT', 'DE'] });
    expect(v2.exploitation).toMatchObject({
      countriesOfExploitation: ['AT', 'DE'],
      countriesOfRecruitment: [],
    });
  });

  it('maps the age: documented birth date, disputed (even with a date), unknown', () => {
    expect(upgradeReferralV1ToV2(v1).subject.age).toEqual({
      status: 'documented',
      birthDate: '2012-05-14',
    });
    expect(
      upgradeReferralV1ToV2({ ...v1, subject: { ...v1.subject, ageDisputed: true } }).subject.age,
    ).toEqual({ status: 'disputed' });
    const { birthDate: _b, ...noDate } = v1.subject;
    expect(upgradeReferralV1ToV2({ ...v1, subject: noDate }).subject.age).toEqual({
      status: 'unknown',
    });
  });

  it('splits the interpreter language into a need and a language', () => {
    expect(upgradeReferralV1ToV2(v1).interpreter).toEqual({ needed: false });
    const v2 = upgradeReferralV1ToV2({ ...v1, interpreterLanguage: 'ro' });
    expect(v2.interpreter).toEqual({ needed: true, language: 'ro' });
    expect(v2.subject).toMatchObject({ languages: ['ro'], interpreterNeeded: true });
  });

  it('omits indicatorNotes when v1 had no indicator text', () => {
    const { indicatorsText: _t, ...rest } = v1;
    expect('indicatorNotes' in upgradeReferralV1ToV2(rest)).toBe(false);
  });
});
