import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { permitEndsAt } from './permit-end.js';
import { AgencyId } from '../ids.js';

const ext = {
  days: 180,
  grantedBy: AgencyId.parse('rs.asylum-office'),
  grantedAt: '2027-01-01T10:00:00Z',
  reason: 'proceedings continue',
};

describe('permitEndsAt', () => {
  it('SERBIA: one year from the start of validity, plus extensions', () => {
    expect(permitEndsAt({ validFrom: '2026-06-01T00:00:00Z', extensions: [] }, SERBIA)).toBe(
      '2027-06-01T00:00:00.000Z',
    );
    expect(permitEndsAt({ validFrom: '2026-06-01T00:00:00Z', extensions: [ext] }, SERBIA)).toBe(
      '2027-11-28T00:00:00.000Z',
    );
  });
  it('UNITED_KINGDOM: no sourced validity (the 365 days had none); a profile value is read', () => {
    expect(
      permitEndsAt({ validFrom: '2026-06-01T00:00:00Z', extensions: [] }, UNITED_KINGDOM),
    ).toBeUndefined();
    expect(
      permitEndsAt(
        { validFrom: '2026-06-01T00:00:00Z', extensions: [] },
        { ...UNITED_KINGDOM, temporaryResidencePermitDays: 30 },
      ),
    ).toBe('2026-07-01T00:00:00.000Z');
  });
});
