import { describe, expect, it } from 'vitest';
import { Agency } from '../agency/agency.js';
import { SERBIA } from '../jurisdiction/index.js';
import {
  childReferralIncludesCsw,
  type ChildReferralRouting,
} from './child-referral-includes-csw.js';

const directory = [
  Agency.parse({ id: 'rs.cptv', name: 'CPTV', kind: 'competent-authority', jurisdiction: 'RS' }),
  Agency.parse({
    id: 'rs.csw.belgrade',
    name: 'CSW Belgrade',
    kind: 'csw',
    jurisdiction: 'RS',
    competentAreas: ['belgrade'],
  }),
  Agency.parse({
    id: 'rs.csw.nis',
    name: 'CSW Niš',
    kind: 'csw',
    jurisdiction: 'RS',
    competentAreas: ['nis'],
  }),
  Agency.parse({
    id: 'rs.police.belgrade-thb',
    name: 'Police',
    kind: 'police',
    jurisdiction: 'RS',
    competentAreas: ['belgrade'],
  }),
];
const at = '2026-03-01T10:00:00Z';
const referral = (over: Partial<ChildReferralRouting>): ChildReferralRouting => ({
  age: { status: 'documented', birthDate: '2017-05-01' },
  at,
  recipients: ['rs.cptv'],
  sender: 'rs.police.belgrade-thb',
  area: 'belgrade',
  directory,
  profile: SERBIA,
  ...over,
});

describe('CHILD_REFERRAL_INCLUDES_CSW', () => {
  it('scenario S1: a child referred to CPTV only is refused, naming the competent CSW', () => {
    expect(childReferralIncludesCsw(referral({}))).toEqual([
      {
        code: 'CHILD_REFERRAL_INCLUDES_CSW',
        message:
          'the referral of a child must also be addressed to the competent CSW for "belgrade": rs.csw.belgrade',
        path: ['recipients'],
      },
    ]);
  });
  it('accepts a child referral addressed to CPTV and the competent CSW', () => {
    expect(
      childReferralIncludesCsw(referral({ recipients: ['rs.cptv', 'rs.csw.belgrade'] })),
    ).toEqual([]);
  });
  it('a CSW of another area does not count', () => {
    expect(
      childReferralIncludesCsw(referral({ recipients: ['rs.cptv', 'rs.csw.nis'] })),
    ).toHaveLength(1);
  });
  it('accepts a referral sent by the competent CSW itself', () => {
    expect(childReferralIncludesCsw(referral({ sender: 'rs.csw.belgrade' }))).toEqual([]);
  });
  it('applies to a presumed child whose age is disputed or unknown', () => {
    const v = childReferralIncludesCsw(referral({ age: { status: 'disputed', claimedAge: 19 } }));
    expect(v[0]?.message).toMatch(/presumed child/);
    expect(childReferralIncludesCsw(referral({ age: { status: 'unknown' } }))).toHaveLength(1);
  });
  it('does not apply to an adult', () => {
    expect(
      childReferralIncludesCsw(
        referral({ age: { status: 'documented', birthDate: '1990-01-01' } }),
      ),
    ).toEqual([]);
    expect(
      childReferralIncludesCsw(
        referral({ age: { status: 'assessed', estimatedAge: 25, assessedOn: '2026-02-01' } }),
      ),
    ).toEqual([]);
  });
  it('judges the age at the referral instant: a child the day before turning 18', () => {
    const age = { status: 'documented', birthDate: '2008-03-02' } as const;
    expect(childReferralIncludesCsw(referral({ age }))).toHaveLength(1);
    expect(childReferralIncludesCsw(referral({ age, at: '2026-03-02T10:00:00Z' }))).toEqual([]);
  });
  it('refuses when the area is unknown or no CSW is competent for it', () => {
    expect(childReferralIncludesCsw(referral({ area: undefined }))[0]?.path).toEqual(['area']);
    const v = childReferralIncludesCsw(
      referral({ area: 'subotica', recipients: ['rs.cptv', 'rs.csw.belgrade'] }),
    );
    expect(v).toEqual([
      {
        code: 'CHILD_REFERRAL_INCLUDES_CSW',
        message: 'no csw in the agency directory is competent for area "subotica"',
        path: ['area'],
      },
    ]);
  });
  it('follows the profile’s child-protection agency kind, not a hard-coded one', () => {
    const profile = { childProtectionAgencyKind: 'police' as const };
    expect(
      childReferralIncludesCsw(
        referral({ profile, sender: 'rs.cptv', recipients: ['rs.csw.belgrade'] }),
      ),
    ).toHaveLength(1);
    expect(
      childReferralIncludesCsw(
        referral({ profile, sender: 'rs.cptv', recipients: ['rs.police.belgrade-thb'] }),
      ),
    ).toEqual([]);
  });
});
