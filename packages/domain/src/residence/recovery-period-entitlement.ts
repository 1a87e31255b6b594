import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';

/**
 * Whether a presumed victim is entitled to a recovery/reflection period in this
 * jurisdiction. The CoE Convention grants it to foreign victims; Serbia's SOPs extend it to
 * citizens (DOMAIN.md "Rights, periods and deadlines"), which the profile records as
 * `recoveryPeriod.appliesToCitizens`. A person with several citizenships including the
 * jurisdiction's is a citizen here.
 */
export function entitledToRecoveryPeriod(
  citizenship: readonly string[],
  profile: Pick<JurisdictionProfile, 'country' | 'recoveryPeriod'>,
): boolean {
  return !citizenship.includes(profile.country) || profile.recoveryPeriod.appliesToCitizens;
}
