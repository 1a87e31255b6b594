import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';

/**
 * When the recovery period starts under the profile: when the authority grants it (Serbia:
 * the CPTV's positive assessment, seed L1280-1284), or with the positive decision of the
 * first stage (UK: the reasonable-grounds decision, Nationality and Borders Act 2022 s.60),
 * never with the referral itself. Undefined until that event has happened.
 */
export function recoveryPeriodStartsAt(
  facts: { readonly grantedAt?: string; readonly positiveFirstStageDecisionAt?: string },
  profile: Pick<JurisdictionProfile, 'recoveryPeriod'>,
): string | undefined {
  return profile.recoveryPeriod.startsWith === 'grant'
    ? facts.grantedAt
    : facts.positiveFirstStageDecisionAt;
}
