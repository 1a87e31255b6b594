import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { extensionDays } from '../residence/period-extension.js';
import type { TemporaryResidencePermit } from '../residence/residence-permit.js';
import { addDays } from '../time.js';

/** When a temporary residence permit expires: the profile's validity (1 year) plus extensions. */
export function permitEndsAt(
  permit: Pick<TemporaryResidencePermit, 'validFrom' | 'extensions'>,
  profile: Pick<JurisdictionProfile, 'temporaryResidencePermitDays'>,
): string {
  return addDays(
    permit.validFrom,
    profile.temporaryResidencePermitDays + extensionDays(permit.extensions),
  );
}
