import { describe, expect, it } from 'vitest';
import { extensionDays } from './period-extension.js';
import { RecoveryPeriod } from './recovery-period.js';

const period = {
  subject: 'sub_ABCDEFGHIJKLMNOP',
  grantedBy: 'rs.cptv',
  startedAt: '2026-03-01T10:00:00Z',
};
describe('recovery period', () => {
  it('defaults to no extensions and no conditions', () => {
    expect(RecoveryPeriod.parse(period)).toMatchObject({ extensions: [], conditions: [] });
  });
  it('cannot be terminated before it started', () => {
    const r = RecoveryPeriod.safeParse({
      ...period,
      terminated: { at: '2026-02-01T10:00:00Z', reason: 'public-order' },
    });
    expect(r.error?.issues[0]?.path).toEqual(['terminated', 'at']);
  });
  it('sums extension days', () => {
    const grantedBy = 'rs.cptv';
    const grantedAt = '2026-05-01T10:00:00Z';
    expect(extensionDays([])).toBe(0);
    expect(
      extensionDays(
        RecoveryPeriod.parse({
          ...period,
          extensions: [
            { days: 30, grantedBy, grantedAt, reason: 'still in treatment' },
            { days: 15, grantedBy, grantedAt, reason: 'awaiting shelter place' },
          ],
        }).extensions,
      ),
    ).toBe(45);
  });
});
