import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { extensionDays } from '../residence/period-extension.js';
import type { TemporaryResidencePermit } from '../residence/residence-permit.js';
import { addDays } from '../time.js';

/**
 * When a temporary residence permit expires: the profile's validity (Serbia: one year, seed
 * L1300-1306) plus extensions. Undefined where the profile has no sourced validity (UK).
 */
export function permitEndsAt(
  permit: Pick<TemporaryResidencePermit, 'validFrom' | 'extensions'>,
  profile: Pick<JurisdictionProfile, 'temporaryResidencePermitDays'>,
): string | undefined {
  return profile.temporaryResidencePermitDays === undefined
    ? undefined
    : addDays(
        permit.validFrom,
        profile.temporaryResidencePermitDays + extensionDays(permit.extensions),
      );
}
