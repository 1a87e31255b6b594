import type { ConsentRecord } from '@nrm/domain';
import type { DisclosureBasis } from '../consent-check/check-disclosure.js';
import type { Envelope } from '../submit/parse-envelope.js';
import type { LogEntryInput } from '@nrm/client/transparency';

// The transparency log entries of the gateway's facts. The same facts as the domain's
// `disclosureRecordOf` (message, type, subject, sender, recipient, instant, purpose,
// categories, basis or reason code) and nothing else: no payload, no free text.

type EnvelopeFacts = Pick<
  Envelope,
  'id' | 'type' | 'from' | 'subject' | 'purpose' | 'dataCategories'
>;

function disclosureFacts(envelope: EnvelopeFacts, to: string, at: Date) {
  return {
    at: at.toISOString(),
    messageId: envelope.id,
    messageType: envelope.type,
    subject: envelope.subject,
    from: envelope.from,
    to,
    purpose: envelope.purpose,
    categories: [...envelope.dataCategories],
  };
}

/** An allowed disclosure with the basis it relied on: consent (its id) or a policy rule. */
export function disclosureAllowedEntry(
  envelope: EnvelopeFacts,
  to: string,
  basis: DisclosureBasis,
  policyVersion: number,
  at: Date,
): LogEntryInput {
  const facts = disclosureFacts(envelope, to, at);
  if (basis.kind === 'policy') {
    return {
      kind: 'disclosure-allowed',
      ...facts,
      basis: basis.lawfulBasis,
      policyVersion: basis.policyVersion,
      rule: basis.ruleId,
    };
  }
  return {
    kind: 'disclosure-allowed',
    ...facts,
    basis: 'consent',
    policyVersion,
    consentId: basis.consentId,
    // A withdrawal notice tells the consent's recipients it ended; it discloses nothing new.
    ...(basis.kind === 'withdrawal-notice' ? { reason: 'withdrawal-notice' } : {}),
  };
}

/** A refused disclosure with the evaluation's first detail code (`category-not-covered`, …). */
export function disclosureDeniedEntry(
  envelope: EnvelopeFacts,
  to: string,
  detail: string,
  policyVersion: number,
  at: Date,
  /** The routing rule that refused it (`CHILD_REFERRAL_INCLUDES_CSW`), for a route refusal. */
  options: { rule?: string | undefined } = {},
): LogEntryInput {
  return {
    kind: 'disclosure-denied',
    ...disclosureFacts(envelope, to, at),
    policyVersion,
    reason: detail,
    ...(options.rule === undefined ? {} : { rule: options.rule }),
  };
}

/** A consent recorded by its controller: the scope's pseudonymous facts. */
export function consentGrantedEntry(
  envelope: Pick<Envelope, 'id'>,
  scope: ConsentRecord,
  at: Date,
): LogEntryInput {
  const agencies = scope.recipients.flatMap((r) => (r.by === 'agency' ? [r.agency] : []));
  const kinds = scope.recipients.flatMap((r) => (r.by === 'kind' ? [r.kind] : []));
  return {
    kind: 'consent-granted',
    at: at.toISOString(),
    messageId: envelope.id,
    consentId: scope.id,
    subject: scope.subject,
    from: scope.controller,
    givenBy: scope.givenBy,
    ...(agencies.length === 0 ? {} : { recipients: agencies }),
    ...(kinds.length === 0 ? {} : { recipientKinds: kinds }),
    purposes: [...scope.purposes],
    categories: [...scope.categories],
    ...(scope.validUntil === undefined ? {} : { validUntil: scope.validUntil }),
  };
}

/** One entry per consent a withdrawal message ends. */
export function consentWithdrawnEntries(
  envelope: Pick<Envelope, 'id' | 'subject' | 'from' | 'consentRefs'>,
  at: Date,
): LogEntryInput[] {
  return [...new Set(envelope.consentRefs)].map((consentId) => ({
    kind: 'consent-withdrawn',
    at: at.toISOString(),
    messageId: envelope.id,
    consentId,
    subject: envelope.subject,
    from: envelope.from,
  }));
}

/** Why a delivery was held back before hand-over (the domain's withholding reason codes). */
export type WithholdingReason = 'consent-withdrawn' | 'consent-lapsed';

/** A delivery put into `withheld`. */
export function deliveryWithheldEntry(
  delivery: { messageId: string; subject: string; to: string },
  reason: WithholdingReason,
  at: Date,
): LogEntryInput {
  return {
    kind: 'delivery-withheld',
    at: at.toISOString(),
    messageId: delivery.messageId,
    subject: delivery.subject,
    to: delivery.to,
    reason,
  };
}
