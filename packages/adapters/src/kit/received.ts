import { dataCategoriesOf, type EnvelopeV1 } from '@nrm/schemas';
import type { ReceivedMessage } from '@nrm/client';
import type { CanonicalMessage } from '../sdk/adapter.js';

const AT = new Date('2026-03-02T09:00:00.000Z');

/**
 * A canonical message as the receiving agency's outbound mapping sees it after the SDK has
 * opened it: the envelope the SDK would have built, the payload as sent. No crypto: the kit
 * checks the mapping, the SDK's own tests check opening.
 */
export function asReceived(message: CanonicalMessage, from: string, index = 0): ReceivedMessage {
  const categories = dataCategoriesOf(message.type, message.version, message.payload);
  const id = `0190f5a2-7c3e-7a10-9b2c-${String(index).padStart(12, '0')}`;
  const envelope: EnvelopeV1 = {
    id,
    type: message.type,
    version: message.version,
    from,
    to: message.to,
    subject: message.subject,
    ...(message.case === undefined ? {} : { case: message.case }),
    purpose: message.purpose,
    legalBasis: message.legalBasis,
    consentRefs: message.consentRefs ?? [],
    dataCategories: categories.ok ? [...new Set(categories.value)] : [],
    subjectIsChild: message.subjectIsChild,
    ...(message.area === undefined ? {} : { area: message.area }),
    createdAt: AT.toISOString(),
    expiresAt: new Date(AT.getTime() + 30 * 86_400_000).toISOString(),
    ...(message.inReplyTo === undefined ? {} : { inReplyTo: message.inReplyTo }),
    payloadDigest: `sha256:${'0'.repeat(64)}`,
    senderKey: 'A'.repeat(40),
  };
  return {
    id,
    envelope,
    envelopeBytes: new TextEncoder().encode(JSON.stringify(envelope)),
    payload: message.payload,
    payloadVersion: message.version,
    signerFingerprint: 'A'.repeat(40),
    signedAt: AT,
  };
}
