import type { AgencyKind, DataCategory, LawfulBasis, Purpose } from '@nrm/domain';
import type { RegisteredAgency } from '../registry/agencies.js';
import type { HeldConsent } from './consent-scope.js';
import type { DisclosurePolicy, DisclosureRule } from './disclosure-policy.js';

/** One disclosure: a message to one recipient. */
export interface DisclosureRequest {
  senderKind: AgencyKind;
  recipient: RegisteredAgency;
  subject: string;
  subjectIsChild: boolean;
  purpose: Purpose;
  legalBasis: LawfulBasis;
  categories: readonly DataCategory[];
  consentRefs: readonly string[];
  justification?: string | undefined;
  at: Date;
}

/** What a permitted disclosure relied on; stored per delivery and re-checked at delivery. */
export type DisclosureBasis =
  | { kind: 'consent'; consentId: string }
  | { kind: 'withdrawal-notice'; consentId: string }
  | { kind: 'policy'; rule: string; version: string; alert: boolean };

export type DisclosureVerdict =
  { allowed: true; basis: DisclosureBasis } | { allowed: false; reasons: string[] };

/** Why a consent does not cover a disclosure, or `undefined` when it does. */
export function consentGap(
  consent: HeldConsent | undefined,
  request: DisclosureRequest,
): string | undefined {
  if (consent === undefined) {
    return 'no-consent';
  }
  const { scope } = consent;
  const at = request.at.toISOString();
  if (scope.subject !== request.subject) {
    return 'no-consent: the consent is about another subject';
  }
  if (consent.withdrawnAt !== null && consent.withdrawnAt <= at) {
    return 'withdrawn';
  }
  if (at < scope.validFrom) {
    return 'not-yet-valid';
  }
  if (scope.validUntil !== undefined && scope.validUntil <= at) {
    return 'expired';
  }
  const coversRecipient = scope.recipients.some((r) =>
    'agency' in r ? r.agency === request.recipient.id : r.kind === request.recipient.kind,
  );
  if (!coversRecipient) {
    return 'recipient-not-covered';
  }
  if (!scope.purposes.includes(request.purpose)) {
    return `purpose-not-covered: ${request.purpose}`;
  }
  const uncovered = request.categories.filter((c) => !scope.dataCategories.includes(c));
  if (uncovered.length > 0) {
    return `category-not-covered: ${uncovered.join(', ')}`;
  }
  if (request.subjectIsChild && scope.givenBy === 'self') {
    return 'child-consent-by-self: a child needs a guardian or legal representative';
  }
  return undefined;
}

function ruleGap(rule: DisclosureRule, request: DisclosureRequest): string | undefined {
  if (rule.basis !== 'any' && rule.basis !== request.legalBasis) {
    return 'basis';
  }
  if (rule.senderKinds !== 'any' && !rule.senderKinds.includes(request.senderKind)) {
    return 'sender';
  }
  if (!rule.recipientKinds.includes(request.recipient.kind)) {
    return 'recipient';
  }
  if (rule.childOnly && !request.subjectIsChild) {
    return 'adult';
  }
  if (!rule.purposes.includes(request.purpose)) {
    return `purpose ${request.purpose}`;
  }
  const extra = request.categories.filter((c) => !rule.categories.includes(c));
  if (extra.length > 0) {
    return `categories ${extra.join(', ')}`;
  }
  if (rule.requiresJustification && (request.justification ?? '').trim() === '') {
    return 'justification-missing';
  }
  return undefined;
}

/**
 * A withdrawal is news about the consent, not a disclosure under it: it may go to every
 * recipient the withdrawn consent covered, whatever the consent still permits.
 */
export function checkWithdrawalNotice(
  request: DisclosureRequest,
  consents: ReadonlyMap<string, HeldConsent>,
): DisclosureVerdict {
  for (const id of request.consentRefs) {
    const consent = consents.get(id);
    const covered = consent?.scope.recipients.some((r) =>
      'agency' in r ? r.agency === request.recipient.id : r.kind === request.recipient.kind,
    );
    if (covered === true) {
      return { allowed: true, basis: { kind: 'withdrawal-notice', consentId: id } };
    }
  }
  return {
    allowed: false,
    reasons: ['recipient-not-covered: the recipient was not covered by the withdrawn consent'],
  };
}

/**
 * Decide one disclosure: a consent the envelope refers to, else a policy rule. A consent
 * wins over a rule so the recorded basis is the person's own choice where one exists.
 * The reasons of a denial name every consent gap and the rule gaps that matter.
 */
export function checkDisclosure(
  request: DisclosureRequest,
  consents: ReadonlyMap<string, HeldConsent>,
  policy: DisclosurePolicy,
): DisclosureVerdict {
  const reasons: string[] = [];
  for (const id of request.consentRefs) {
    const gap = consentGap(consents.get(id), request);
    if (gap === undefined) {
      return { allowed: true, basis: { kind: 'consent', consentId: id } };
    }
    reasons.push(`consent ${id}: ${gap}`);
  }
  if (request.consentRefs.length === 0 && request.legalBasis === 'consent') {
    reasons.push('no-consent: no consent record referenced');
  }
  for (const rule of policy.rules) {
    const gap = ruleGap(rule, request);
    if (gap === undefined) {
      return {
        allowed: true,
        basis: {
          kind: 'policy',
          rule: rule.id,
          version: policy.version,
          alert: rule.requiresJustification,
        },
      };
    }
    // Only explain rules the sender actually invoked; the others are noise.
    if (rule.basis === request.legalBasis) {
      reasons.push(`${rule.id}: ${gap}`);
    }
  }
  return { allowed: false, reasons };
}
