import { describe, expect, it } from 'vitest';
import { TemporaryResidencePermit } from './residence-permit.js';

const permit = {
  subject: 'sub_ABCDEFGHIJKLMNOP',
  grantedBy: 'rs.asylum-office',
  validFrom: '2026-06-01T10:00:00Z',
  ground: 'protection-recovery-safety',
};

describe('temporary residence permit', () => {
  it('gives labour market, training and education access by default', () => {
    expect(TemporaryResidencePermit.parse(permit).access).toEqual({
      labourMarket: true,
      vocationalTraining: true,
      education: true,
    });
  });
  it('on the proceedings ground, names the authority that needs the person', () => {
    const r = TemporaryResidencePermit.safeParse({
      ...permit,
      ground: 'presence-needed-in-proceedings',
    });
    expect(r.error?.issues[0]?.path).toEqual(['presenceRequestedBy']);
    expect(
      TemporaryResidencePermit.safeParse({
        ...permit,
        ground: 'presence-needed-in-proceedings',
        presenceRequestedBy: 'rs.prosecutor.belgrade',
      }).success,
    ).toBe(true);
  });
  it('rejects an unknown ground', () => {
    expect(TemporaryResidencePermit.safeParse({ ...permit, ground: 'employment' }).success).toBe(
      false,
    );
  });
});
