import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { extensionDays } from '../residence/period-extension.js';
import type { RecoveryPeriod } from '../residence/recovery-period.js';
import { addDays } from '../time.js';

/**
 * When a recovery/reflection period ends: the profile's period (Serbia 90 days, UK at
 * least 30) plus every extension granted, or earlier if it was terminated. Extensions are
 * counted even when the profile says the period is not extendable; the rule
 * RECOVERY_PERIOD reports those instead of hiding them.
 */
export function recoveryPeriodEndsAt(
  period: Pick<RecoveryPeriod, 'startedAt' | 'extensions'> &
    Partial<Pick<RecoveryPeriod, 'terminated'>>,
  profile: Pick<JurisdictionProfile, 'recoveryPeriod'>,
): string {
  const end = addDays(
    period.startedAt,
    profile.recoveryPeriod.days + extensionDays(period.extensions),
  );
  const terminated = period.terminated?.at;
  return terminated !== undefined && Date.parse(terminated) < Date.parse(end)
    ? new Date(terminated).toISOString()
    : end;
}
