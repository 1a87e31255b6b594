import { SubjectPseudonym } from '@nrm/domain';
import { GatewayError } from '@nrm/client/errors';
import type { GatewayContext } from '../context/gateway-context.js';

/**
 * A subject pseudonym from a DPO's request, or SCHEMA_INVALID at `path`: a mistyped id must
 * not produce a normal-looking report about nobody.
 */
export function subjectPseudonym(value: string, path: string): SubjectPseudonym {
  const parsed = SubjectPseudonym.safeParse(value);
  if (!parsed.success) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: `"${value.slice(0, 60)}" is not a subject pseudonym: ${parsed.error.issues[0]?.message ?? 'malformed'}.`,
      path,
    });
  }
  return parsed.data;
}

/**
 * Whether the gateway has ever held anything about `subject`: a message (even one whose
 * ciphertext is gone), a consent, or a log entry. False means the DPO has most likely
 * mistyped the pseudonym; the person-facing report stays neutral either way.
 */
export async function isKnownSubject(
  ctx: Pick<GatewayContext, 'store' | 'log'>,
  subject: string,
): Promise<boolean> {
  if (await ctx.store.retention.holdsSubject(subject)) {
    return true;
  }
  return (await ctx.log.leaves()).some((leaf) => 'subject' in leaf && leaf.subject === subject);
}

/** NOT_FOUND at `path` for a well-formed pseudonym the gateway has never seen. */
export function unknownSubject(subject: string, path: string): GatewayError {
  return new GatewayError('NOT_FOUND', {
    message: `The gateway holds nothing about ${subject}: no message, consent or log entry names it. Check the pseudonym.`,
    path,
  });
}
