import { describe, expect, it } from 'vitest';
import { extensionDays } from './period-extension.js';
import { RecoveryPeriod } from './recovery-period.js';
import { TemporaryResidencePermit } from './residence-permit.js';

const period = {
  subject: 'sub_ABCDEFGHIJKLMNOP',
  grantedBy: 'rs.cptv',
  startedAt: '2026-03-01T10:00:00Z',
};
const permit = {
  subject: 'sub_ABCDEFGHIJKLMNOP',
  grantedBy: 'rs.asylum-office',
  validFrom: '2026-06-01T10:00:00Z',
  ground: 'protection-recovery-safety',
};

describe('recovery period', () => {
  it('defaults to no extensions and no conditions', () => {
    expect(RecoveryPeriod.parse(period)).toMatchObject({ extensions: [], conditions: [] });
  });
  it('cannot be terminated before it started', () => {
    const r = RecoveryPeriod.safeParse({ ...period, terminated: { at: '2026-02-01T10:00:00Z', reason: 'public-order' } });
    expect(r.error?.issues[0]?.path).toEqual(['terminated', 'at']);
  });
  it('sums extension days', () => {
    const grantedBy = 'rs.cptv';
    const grantedAt = '2026-05-01T10:00:00Z';
    expect(extensionDays([])).toBe(0);
    expect(extensionDays(RecoveryPeriod.parse({ ...period, extensions: [
      { days: 30, grantedBy, grantedAt, reason: 'still in treatment' },
      { days: 15, grantedBy, grantedAt, reason: 'awaiting shelter place' },
    ] }).extensions)).toBe(45);
  });
});

describe('temporary residence permit', () => {
  it('gives labour market, training and education access by default', () => {
    expect(TemporaryResidencePermit.parse(permit).access).toEqual({ labourMarket: true, vocationalTraining: true, education: true });
  });
  it('on the proceedings ground, names the authority that needs the person', () => {
    const r = TemporaryResidencePermit.safeParse({ ...permit, ground: 'presence-needed-in-proceedings' });
    expect(r.error?.issues[0]?.path).toEqual(['presenceRequestedBy']);
    expect(
      TemporaryResidencePermit.safeParse({ ...permit, ground: 'presence-needed-in-proceedings', presenceRequestedBy: 'rs.prosecutor.belgrade' }).success,
    ).toBe(true);
  });
  it('rejects an unknown ground', () => {
    expect(TemporaryResidencePermit.safeParse({ ...permit, ground: 'employment' }).success).toBe(false);
  });
});
