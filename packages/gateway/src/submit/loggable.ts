import { disclosureDeniedEntry } from '../dpo/log-facts.js';
import { GatewayError, errorPath } from '@nrm/client/errors';
import { LogEntry } from '@nrm/client/transparency';
import type { Envelope } from './parse-envelope.js';

// Log entry fields and the envelope members they are taken from.
const ENVELOPE_MEMBER: Record<string, string> = {
  categories: 'dataCategories',
  messageType: 'type',
  messageId: 'id',
  subject: 'subject',
  from: 'from',
  purpose: 'purpose',
};

/**
 * Every decision on a message (allowed, denied, route-forbidden) is logged with the envelope's
 * facts, and the log accepts only well-formed pseudonymous facts (e.g. at least one data
 * category). Check them against the log's own schema before anything is decided or logged,
 * so a message the log would refuse is the sender's SCHEMA_INVALID — never a 500 halfway
 * through, and never a partial log entry.
 */
export function assertLoggable(envelope: Envelope, policyVersion: number, now: Date): void {
  envelope.to.forEach((to, index) => {
    const probe = disclosureDeniedEntry(envelope, to, 'probe', policyVersion, now);
    const parsed = LogEntry.safeParse(probe);
    if (parsed.success) {
      return;
    }
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const member = field === 'to' ? `to.${index}` : (ENVELOPE_MEMBER[field] ?? '');
    throw new GatewayError('SCHEMA_INVALID', {
      message:
        field === 'categories'
          ? 'A message declares at least one data category it carries.'
          : `This value cannot be recorded in the transparency log: ${issue?.message ?? 'invalid'}.`,
      path: errorPath('envelope', member === '' ? [] : member.split('.')),
    });
  });
}
