import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { RecoveryPeriod } from '../residence/recovery-period.js';
import { ReturnDecision } from '../return/return-decision.js';
import { recoveryPeriodRespected } from './recovery-period.js';

const subject = 'sub_ABCDEFGHIJKLMNOP';
const period = (over: object = {}) =>
  RecoveryPeriod.parse({
    subject,
    grantedBy: 'rs.cptv',
    startedAt: '2026-03-01T10:00:00Z',
    ...over,
  });
const removal = (decidedAt: string, over: object = {}) =>
  ReturnDecision.parse({
    subject,
    kind: 'removal',
    decidedBy: 'rs.border-police',
    decidedAt,
    destination: 'AL',
    ...over,
  });
const extension = {
  days: 30,
  grantedBy: 'rs.cptv',
  grantedAt: '2026-05-20T10:00:00Z',
  reason: 'still in treatment',
};

describe('RECOVERY_PERIOD', () => {
  it('SERBIA: a removal after 90 days is allowed, one on day 89 is not', () => {
    expect(
      recoveryPeriodRespected({
        period: period(),
        profile: SERBIA,
        returnDecisions: [removal('2026-05-30T10:00:00Z')],
      }),
    ).toEqual([]);
    expect(
      recoveryPeriodRespected({
        period: period(),
        profile: SERBIA,
        returnDecisions: [removal('2026-05-29T10:00:00Z')],
      }),
    ).toEqual([
      {
        code: 'RECOVERY_PERIOD',
        message:
          'no return decision may be issued during the recovery period (removal on 2026-05-29T10:00:00Z)',
        path: ['returnDecisions', 0],
      },
    ]);
  });
  it('SERBIA: an extension moves the end of the protection', () => {
    const v = recoveryPeriodRespected({
      period: period({ extensions: [extension] }),
      profile: SERBIA,
      returnDecisions: [removal('2026-06-10T10:00:00Z')],
    });
    expect(v.map((x) => x.path)).toEqual([['returnDecisions', 0]]);
  });
  it('UNITED_KINGDOM: the period is 30 days', () => {
    expect(
      recoveryPeriodRespected({
        period: period(),
        profile: UNITED_KINGDOM,
        returnDecisions: [removal('2026-03-20T10:00:00Z')],
      }),
    ).toHaveLength(1);
    expect(
      recoveryPeriodRespected({
        period: period(),
        profile: UNITED_KINGDOM,
        returnDecisions: [removal('2026-04-01T10:00:00Z')],
      }),
    ).toEqual([]);
  });
  it('ignores assisted voluntary return, other people and decisions before the period', () => {
    const decisions = [
      removal('2026-03-10T10:00:00Z', { kind: 'assisted-voluntary-return' }),
      removal('2026-03-10T10:00:00Z', { subject: 'sub_OTHERAAAAAAAAAAAA' }),
      removal('2026-02-10T10:00:00Z'),
    ];
    expect(
      recoveryPeriodRespected({ period: period(), profile: SERBIA, returnDecisions: decisions }),
    ).toEqual([]);
  });
  it('refuses extensions where the profile allows none', () => {
    const fixed = { recoveryPeriod: { ...SERBIA.recoveryPeriod, extendable: false } };
    expect(
      recoveryPeriodRespected({ period: period({ extensions: [extension] }), profile: fixed })[0]
        ?.path,
    ).toEqual(['extensions']);
    expect(
      recoveryPeriodRespected({ period: period({ extensions: [extension] }), profile: SERBIA }),
    ).toEqual([]);
  });
  it('refuses a period conditional on cooperation', () => {
    const v = recoveryPeriodRespected({
      period: period({ conditions: ['informed-consent', 'cooperation-with-prosecution'] }),
      profile: SERBIA,
    });
    expect(v).toEqual([
      {
        code: 'RECOVERY_PERIOD',
        message: 'the recovery period may not be conditional on cooperation-with-prosecution',
        path: ['conditions', 1],
      },
    ]);
  });
  it('a termination for public order ends the protection; one for declined cooperation does not', () => {
    const lawful = period({ terminated: { at: '2026-03-20T10:00:00Z', reason: 'public-order' } });
    expect(
      recoveryPeriodRespected({
        period: lawful,
        profile: SERBIA,
        returnDecisions: [removal('2026-04-01T10:00:00Z')],
      }),
    ).toEqual([]);
    const improper = period({
      terminated: { at: '2026-03-20T10:00:00Z', reason: 'declined-cooperation' },
    });
    const v = recoveryPeriodRespected({
      period: improper,
      profile: SERBIA,
      returnDecisions: [removal('2026-04-01T10:00:00Z')],
    });
    expect(v.map((x) => x.path)).toEqual([
      ['terminated', 'reason'],
      ['returnDecisions', 0],
    ]);
  });
});
