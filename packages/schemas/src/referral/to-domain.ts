import { Referral } from '@nrm/domain';
import { safeParseWith, type ParseResult } from '../parse/parse-error.js';
import { ReferralV3 } from './v3.js';

/**
 * Maps the latest referral (v3) to the domain `Referral`. The shapes agree field for
 * field; the domain adds brands and checks country codes against ISO 3166. `indicatorNotes`
 * (free text carried over from v1) has no place in the domain model and is not mapped.
 * Indicators outside the loaded catalogues are kept: the domain's `checkReferral` warns
 * about them (INDICATOR_UNKNOWN), it does not refuse them.
 */
export function referralToDomain(wire: ReferralV3): ParseResult<Referral> {
  const { indicatorNotes: _notes, ...rest } = wire;
  return safeParseWith(Referral, rest, 'DOMAIN_INVALID', 'referral does not fit the domain model');
}

/** Writes a domain `Referral` as a v3 payload; fails when a value is outside the wire's bounds. */
export function referralFromDomain(domain: Referral): ParseResult<ReferralV3> {
  return safeParseWith(
    ReferralV3,
    domain,
    'SCHEMA_INVALID',
    'referral does not fit nrm.referral v3',
  );
}
