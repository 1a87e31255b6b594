import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import type { TemporaryResidencePermit } from '../residence/residence-permit.js';
import { addDays } from '../time.js';
import { permitEndsAt } from './permit-end.js';

/**
 * When state-funded accommodation ends: `stateFundedAccommodationDays` after it started
 * (Serbia: 6 months, Rulebook); for a foreign victim holding a residence permit, the end
 * of the permit if that is later (DOMAIN.md: "for foreigners the duration of the
 * residence permit").
 */
export function accommodationEndsAt(
  accommodation: {
    readonly startedAt: string;
    readonly permit?: Pick<TemporaryResidencePermit, 'validFrom' | 'extensions'>;
  },
  profile: Pick<
    JurisdictionProfile,
    'stateFundedAccommodationDays' | 'temporaryResidencePermitDays'
  >,
): string {
  const funded = addDays(accommodation.startedAt, profile.stateFundedAccommodationDays);
  if (accommodation.permit === undefined) {
    return funded;
  }
  const permitEnd = permitEndsAt(accommodation.permit, profile);
  return Date.parse(permitEnd) > Date.parse(funded) ? permitEnd : funded;
}
