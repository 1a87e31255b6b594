import type { TemporaryResidencePermit } from '../residence/residence-permit.js';
import { violation, type RuleCheck } from '../result.js';

/**
 * RESIDENCE_PERMIT_REQUIRES_STATUS — the temporary residence permit is for "individuals who
 * are recognized as victims by the CPTV", on either ground (seed L1300-1306; CoE Convention
 * art. 14). A permit valid before the status was granted, or without it, is refused. The
 * recovery period, which needs no status, is a separate record.
 */
export function residencePermitRequiresStatus(input: {
  readonly permit: Pick<TemporaryResidencePermit, 'validFrom'>;
  /** When victim status was granted; undefined when it was not (yet). */
  readonly statusGrantedAt: string | undefined;
}): RuleCheck {
  const { permit, statusGrantedAt } = input;
  if (statusGrantedAt === undefined) {
    return [
      violation(
        'RESIDENCE_PERMIT_REQUIRES_STATUS',
        'a temporary residence permit needs a granted victim status',
        ['permit'],
      ),
    ];
  }
  return Date.parse(permit.validFrom) < Date.parse(statusGrantedAt)
    ? [
        violation(
          'RESIDENCE_PERMIT_REQUIRES_STATUS',
          `the permit is valid from before the status was granted (${statusGrantedAt})`,
          ['permit', 'validFrom'],
        ),
      ]
    : [];
}
