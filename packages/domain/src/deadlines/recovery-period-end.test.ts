import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { recoveryPeriodEndsAt } from './recovery-period-end.js';
import { AgencyId } from '../ids.js';

const ext = (days: number) => ({
  days,
  grantedBy: AgencyId.parse('rs.cptv'),
  grantedAt: '2026-05-01T10:00:00Z',
  reason: 'still in treatment',
});

describe('recoveryPeriodEndsAt', () => {
  it('SERBIA: 90 days, plus each extension', () => {
    expect(
      recoveryPeriodEndsAt({ startedAt: '2026-03-01T10:00:00Z', extensions: [] }, SERBIA),
    ).toBe('2026-05-30T10:00:00.000Z');
    expect(
      recoveryPeriodEndsAt(
        { startedAt: '2026-03-01T10:00:00Z', extensions: [ext(30), ext(10)] },
        SERBIA,
      ),
    ).toBe('2026-07-09T10:00:00.000Z');
  });
  it('UNITED_KINGDOM: at least 30 days, plus extensions', () => {
    expect(
      recoveryPeriodEndsAt({ startedAt: '2026-03-01T10:00:00Z', extensions: [] }, UNITED_KINGDOM),
    ).toBe('2026-03-31T10:00:00.000Z');
    expect(
      recoveryPeriodEndsAt(
        { startedAt: '2026-03-01T10:00:00Z', extensions: [ext(15)] },
        UNITED_KINGDOM,
      ),
    ).toBe('2026-04-15T10:00:00.000Z');
  });
  it('ends at the termination when the period was terminated early, not when terminated after its end', () => {
    const early = {
      startedAt: '2026-03-01T10:00:00Z',
      extensions: [],
      terminated: { at: '2026-03-20T10:00:00Z', reason: 'public-order' as const },
    };
    expect(recoveryPeriodEndsAt(early, SERBIA)).toBe('2026-03-20T10:00:00.000Z');
    const late = {
      ...early,
      terminated: { at: '2026-08-01T10:00:00Z', reason: 'person-left-voluntarily' as const },
    };
    expect(recoveryPeriodEndsAt(late, SERBIA)).toBe('2026-05-30T10:00:00.000Z');
  });
});
