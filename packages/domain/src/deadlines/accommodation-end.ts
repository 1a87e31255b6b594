import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import type { TemporaryResidencePermit } from '../residence/residence-permit.js';
import { addDays } from '../time.js';
import { permitEndsAt } from './permit-end.js';

/**
 * When state-funded accommodation ends: `stateFundedAccommodationDays` after it started
 * (Serbia: six months, Rulebook on minimum standards, seed L1478-1479); for a foreign victim
 * holding a residence permit, the end of the permit if that is later (Law on Foreigners
 * art. 63, seed L1479-1482). Undefined where the profile sets no period (UK: support follows
 * the decisions instead, `supportEndsAt`).
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
): string | undefined {
  if (profile.stateFundedAccommodationDays === undefined) {
    return undefined;
  }
  const funded = addDays(accommodation.startedAt, profile.stateFundedAccommodationDays);
  const permitEnd =
    accommodation.permit === undefined ? undefined : permitEndsAt(accommodation.permit, profile);
  return permitEnd !== undefined && Date.parse(permitEnd) > Date.parse(funded) ? permitEnd : funded;
}
