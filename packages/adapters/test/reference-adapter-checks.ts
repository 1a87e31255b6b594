import { createHash } from 'node:crypto';
import { ConsentRecord } from '@nrm/domain';
import { dataCategoriesOf, EnvelopeV1, parseMessage, readMessage } from '@nrm/schemas';
import type { ReceivedMessage } from '../src/adapters/received-message.js';
import { expect } from 'vitest';
import type {
  Adapter,
  AdapterFixtures,
  AdapterIssue,
  CanonicalMessage,
} from '../src/sdk/adapter.js';

/**
 * The checks the conformance kit makes, for the reference adapters' own tests: every
 * produced message is valid for its type and version, its recipients and subject are
 * well-formed, bad input yields per-record issues and never a throw.
 */

/** Every message valid against `@nrm/schemas` (the same validation the gateway and SDK run). */
export function expectSchemaValid(messages: readonly CanonicalMessage[]): void {
  for (const m of messages) {
    const parsed = parseMessage(m.type, m.version, m.payload);
    expect(parsed.ok ? [] : parsed.error, `${m.type} v${m.version}`).toEqual([]);
    // The envelope fields the message will be sent under, checked as the envelope schema does.
    const envelope = EnvelopeV1.pick({
      to: true,
      subject: true,
      case: true,
      purpose: true,
      legalBasis: true,
      consentRefs: true,
      subjectIsChild: true,
    }).safeParse({
      to: m.to,
      subject: m.subject,
      ...(m.case !== undefined && { case: m.case }),
      purpose: m.purpose,
      legalBasis: m.legalBasis,
      consentRefs: m.consentRefs ?? [],
      subjectIsChild: m.subjectIsChild,
    });
    expect(envelope.error?.issues ?? [], `${m.type} envelope fields`).toEqual([]);
    if (m.type === 'nrm.consent-record') {
      // The scope the gateway enforces is sent in clear beside the sealed payload.
      const scope = ConsentRecord.safeParse(m.consentScope);
      expect(scope.error?.issues ?? [], 'consentScope').toEqual([]);
    }
  }
}

/** Maps every record of one export; fails on any parse or mapping issue. */
export function mapAll<N>(
  adapter: Adapter<N>,
  fixtures: AdapterFixtures,
  input: string | Uint8Array,
) {
  const inbound = adapter.inbound!;
  const messages: CanonicalMessage[] = [];
  for (const parsed of inbound.parse(input)) {
    expect('error' in parsed ? parsed.error : undefined, parsed.nativeId).toBeUndefined();
    if ('record' in parsed) {
      const mapped = inbound.toCanonical(parsed.record, fixtures.context);
      expect(Array.isArray(mapped) ? undefined : mapped, parsed.nativeId).toBeUndefined();
      messages.push(...(mapped as CanonicalMessage[]));
    }
  }
  return messages;
}

/** The issues of one export, parse and mapping alike; a throw fails the test. */
export function issuesOf<N>(
  adapter: Adapter<N>,
  fixtures: AdapterFixtures,
  input: string | Uint8Array,
): AdapterIssue[] {
  const inbound = adapter.inbound!;
  const issues: AdapterIssue[] = [];
  for (const parsed of inbound.parse(input)) {
    if ('error' in parsed) {
      issues.push(parsed.error);
      continue;
    }
    const mapped = inbound.toCanonical(parsed.record, fixtures.context);
    if (!Array.isArray(mapped)) {
      issues.push(mapped);
    }
  }
  return issues;
}

/** What the SDK hands an outbound mapping: a delivered message, its payload read and upgraded. */
export function received(message: CanonicalMessage, from: string, at: string): ReceivedMessage {
  const payloadBytes = new TextEncoder().encode(JSON.stringify(message.payload));
  const read = readMessage(message.type, message.version, payloadBytes);
  if (!read.ok) {
    throw new Error(`${message.type}: ${JSON.stringify(read.error)}`);
  }
  const categories = dataCategoriesOf(message.type, message.version, message.payload);
  const envelope = EnvelopeV1.parse({
    id: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
    type: message.type,
    version: message.version,
    from,
    to: message.to,
    subject: message.subject,
    ...(message.case !== undefined && { case: message.case }),
    purpose: message.purpose,
    legalBasis: message.legalBasis,
    consentRefs: message.consentRefs ?? [],
    dataCategories: categories.ok ? categories.value : [],
    subjectIsChild: message.subjectIsChild,
    createdAt: at,
    expiresAt: '2099-01-01T00:00:00Z',
    payloadDigest: `sha256:${createHash('sha256').update(payloadBytes).digest('hex')}`,
    senderKey: '3AA5C34371567BD2C4E0E2D1B1E4D04F0A1C2E3B',
  });
  return {
    id: envelope.id,
    envelope,
    envelopeBytes: new TextEncoder().encode(JSON.stringify(envelope)),
    payload: read.value.payload,
    payloadVersion: read.value.version,
    signerFingerprint: envelope.senderKey,
    signedAt: new Date(at),
  };
}
