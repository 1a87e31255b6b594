import type { ProceedingsNotice } from './proceedings-notice.js';

/**
 * Whether the non-punishment principle is in play for the person: raised or applied in
 * the latest non-punishment notice. Case managers see it so that they support the person
 * as a victim, not as an offender (DOMAIN.md "Access to justice").
 */
export function nonPunishmentFlag(notices: readonly ProceedingsNotice[], subject: string): boolean {
  const latest = notices
    .filter((n) => n.kind === 'non-punishment' && n.subject === subject)
    .reduce<ProceedingsNotice | undefined>(
      (last, n) =>
        last === undefined || Date.parse(n.issuedAt) >= Date.parse(last.issuedAt) ? n : last,
      undefined,
    );
  return latest?.kind === 'non-punishment' && latest.outcome !== 'not-applied';
}
