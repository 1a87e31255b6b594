import type { ConsentScope } from '../consent-check/consent-scope.js';
import type { Acceptance } from '../store/gateway-store.js';
import type { AcceptDecision } from './submission-decision.js';
import type { Envelope } from './parse-envelope.js';
import type { Submission } from './submit.js';

function consentRow(scope: ConsentScope, submission: Submission, envelope: Envelope) {
  return {
    id: scope.id,
    controller: scope.controller,
    subject: scope.subject,
    scope: new TextDecoder().decode(submission.consentScope),
    scope_signature: submission.consentScopeSignature ?? '',
    valid_from: new Date(scope.validFrom).toISOString(),
    valid_until: scope.validUntil === undefined ? null : new Date(scope.validUntil).toISOString(),
    record_message_id: envelope.id,
    withdrawn_at: null,
    withdrawal_message_id: null,
  };
}

/** The rows an accept decision stores, with the receipt signed for it. */
export function acceptanceRows(
  decision: AcceptDecision,
  submission: Submission,
  envelope: Envelope,
  envelopeDigest: string,
  receipt: { bytes: Uint8Array; signature: string },
  now: Date,
): Acceptance {
  const at = now.toISOString();
  return {
    seen: { id: envelope.id, envelopeDigest, at },
    message: {
      id: envelope.id,
      envelope: submission.envelope,
      envelope_digest: envelopeDigest,
      envelope_signature: submission.envelopeSignature,
      payload: submission.payload,
      payload_digest: envelope.payloadDigest,
      sender: envelope.from,
      type: envelope.type,
      version: envelope.version,
      subject: envelope.subject,
      created_at: new Date(envelope.createdAt).toISOString(),
      expires_at: new Date(envelope.expiresAt).toISOString(),
      accepted_at: at,
      receipt: receipt.bytes,
      receipt_signature: receipt.signature,
    },
    deliveries: decision.recipients.map(({ agency, basis }) => ({
      message_id: envelope.id,
      recipient: agency.id,
      status: 'accepted',
      basis: JSON.stringify(basis),
      consent_id: basis.kind === 'consent' ? basis.consentId : null,
      attempts: 0,
      // Agencies with a webhook get it pushed at once; the others pull their inbox.
      next_attempt_at: agency.webhookUrl === null ? null : at,
      last_error: null,
      status_reason: null,
      delivered_at: null,
      acknowledged_at: null,
      receipt: null,
      receipt_signature: null,
      updated_at: at,
    })),
    consent:
      decision.newConsent === undefined
        ? undefined
        : consentRow(decision.newConsent, submission, envelope),
    withdrawal:
      decision.withdrawn === undefined
        ? undefined
        : { consentIds: decision.withdrawn, messageId: envelope.id, at },
    entries: decision.entries,
  };
}
