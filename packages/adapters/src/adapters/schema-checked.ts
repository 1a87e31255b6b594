import { EnvelopeV1, parseMessage } from '@nrm/schemas';
import type { AdapterIssue, CanonicalMessage } from '../sdk/adapter.js';

const EnvelopeFields = EnvelopeV1.pick({
  to: true,
  subject: true,
  case: true,
  purpose: true,
  legalBasis: true,
  consentRefs: true,
  subjectIsChild: true,
});

/**
 * The last check of an inbound mapping: every message valid for its type and version, and
 * for the envelope it will travel under. A native value the mapping passed through that the
 * wire does not accept (a language tag `sr-Latn-RS-x`, an agency id with capitals) becomes
 * this record's issue, never an invalid message and never a refusal at the gateway.
 */
export function schemaChecked(messages: CanonicalMessage[]): CanonicalMessage[] | AdapterIssue {
  for (const m of messages) {
    const payload = parseMessage(m.type, m.version, m.payload);
    if (!payload.ok) {
      const first = payload.error.issues[0];
      return {
        code: 'NATIVE_FIELD_INVALID',
        message: `the record gives an invalid ${m.type} v${m.version}: ${first?.message ?? payload.error.message}`,
        path: `${m.type}: ${first?.path.join('.') ?? ''}`,
      };
    }
    const envelope = EnvelopeFields.safeParse({
      to: m.to,
      subject: m.subject,
      ...(m.case !== undefined && { case: m.case }),
      purpose: m.purpose,
      legalBasis: m.legalBasis,
      consentRefs: m.consentRefs ?? [],
      subjectIsChild: m.subjectIsChild,
    });
    if (!envelope.success) {
      const first = envelope.error.issues[0];
      return {
        code: 'NATIVE_FIELD_INVALID',
        message: `the record gives an invalid envelope: ${first?.message ?? 'invalid'}`,
        path: `envelope: ${first?.path.join('.') ?? ''}`,
      };
    }
  }
  return messages;
}
