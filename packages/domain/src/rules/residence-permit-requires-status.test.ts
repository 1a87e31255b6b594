import { describe, expect, it } from 'vitest';
import { residencePermitRequiresStatus } from './residence-permit-requires-status.js';

const permit = { validFrom: '2026-06-01T00:00:00Z' };

describe('RESIDENCE_PERMIT_REQUIRES_STATUS (seed L1300-1306)', () => {
  it('accepts a permit from the day status was granted or later', () => {
    expect(
      residencePermitRequiresStatus({ permit, statusGrantedAt: '2026-06-01T00:00:00Z' }),
    ).toEqual([]);
  });
  it('refuses a permit without a granted status', () => {
    expect(residencePermitRequiresStatus({ permit, statusGrantedAt: undefined })).toEqual([
      {
        code: 'RESIDENCE_PERMIT_REQUIRES_STATUS',
        message: 'a temporary residence permit needs a granted victim status',
        path: ['permit'],
      },
    ]);
  });
  it('refuses a permit valid before the status was granted', () => {
    expect(
      residencePermitRequiresStatus({ permit, statusGrantedAt: '2026-06-10T00:00:00Z' })[0]?.path,
    ).toEqual(['permit', 'validFrom']);
  });
});
