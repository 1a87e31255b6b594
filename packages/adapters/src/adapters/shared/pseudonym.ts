import { createHash, createHmac } from 'node:crypto';

/**
 * A stable pseudonym (`sub_…`/`case_…`, 24 hex characters) for an id of the agency's own
 * system: the same record always maps to the same person and case, so a replay is the same
 * message. With a secret (MappingContext.pseudonymSecret) nobody without it can recompute
 * the pseudonym from the agency's ids.
 */
export function derivePseudonym(
  prefix: 'sub' | 'case',
  agencyId: string,
  nativeId: string,
  secret?: string,
): string {
  const input = `${prefix}:${agencyId}:${nativeId}`;
  const digest =
    secret === undefined
      ? createHash('sha256').update(input).digest('hex')
      : createHmac('sha256', secret).update(input).digest('hex');
  return `${prefix}_${digest.slice(0, 24)}`;
}
