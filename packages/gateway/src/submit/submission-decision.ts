import { AgencyId, type JurisdictionProfile, type LawfulBasisPolicy } from '@nrm/domain';
import {
  checkDisclosure,
  checkWithdrawalNotice,
  headlineDetail,
  type DisclosureBasis,
} from '../consent-check/check-disclosure.js';
import { ConsentScope, type HeldConsent } from '../consent-check/consent-scope.js';
import {
  consentGrantedEntry,
  consentWithdrawnEntries,
  disclosureAllowedEntry,
  disclosureDeniedEntry,
} from '../dpo/log-facts.js';
import { GatewayError, type RefusedRecipient } from '@nrm/client/errors';
import { readSignedJson, zodSchemaError } from '@nrm/client/errors';
import { checkRoute, RouteForbiddenError } from '../routing/check-route.js';
import type { RoutingPolicy } from '../routing/routing-policy.js';
import type { RegisteredAgency } from '../store/registry/agencies.js';
import type { LogEntryInput } from '@nrm/client/transparency';
import { assertLoggable } from './loggable.js';
import { assertKnownType } from './message-catalogue.js';
import { MAX_ENVELOPE_BYTES, type Envelope } from './parse-envelope.js';

/** What the decision is taken on: the verified envelope and what the store holds about it. */
export interface SubmissionFacts {
  envelope: Envelope;
  /** The consent scope part, its signature already verified against the sender's key. */
  consentScope: Uint8Array | undefined;
  /** The sending agency (undefined when it is not registered). */
  sender: RegisteredAgency | undefined;
  agencies: readonly RegisteredAgency[];
  /** The consents the envelope cites that are recorded. */
  consents: ReadonlyMap<string, HeldConsent>;
  now: Date;
  replayWindowMs: number;
  routing: RoutingPolicy;
  policy: LawfulBasisPolicy;
  profile: JurisdictionProfile;
}

/** One recipient the message goes to, and on what basis. */
export interface AcceptedRecipient {
  agency: RegisteredAgency;
  basis: DisclosureBasis;
}

/** Accept: deliver to these recipients, apply these consent effects, log these entries. */
export interface AcceptDecision {
  kind: 'accept';
  recipients: AcceptedRecipient[];
  /** A consent record's scope, to hold from now on. */
  newConsent: ConsentScope | undefined;
  /** A withdrawal's consent ids, withdrawn from now on. */
  withdrawn: string[] | undefined;
  entries: LogEntryInput[];
}

/** Refuse with `error`, after logging `entries` (refused disclosures the DPO sees). */
export interface RefuseDecision {
  kind: 'refuse';
  error: GatewayError;
  entries: LogEntryInput[];
}

export type SubmissionDecision = AcceptDecision | RefuseDecision;

function checkTimes(envelope: Envelope, now: Date, windowMs: number): void {
  const created = Date.parse(envelope.createdAt);
  if (Math.abs(now.getTime() - created) > windowMs) {
    throw new GatewayError('CLOCK_SKEW', {
      message: `createdAt is more than ${Math.round(windowMs / 1000)} s away from the gateway clock (${now.toISOString()}).`,
      path: 'envelope.createdAt',
    });
  }
  const expires = Date.parse(envelope.expiresAt);
  if (expires <= now.getTime() || expires <= created) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'expiresAt must lie after createdAt and in the future.',
      path: 'envelope.expiresAt',
    });
  }
}

function readConsentScope(bytes: Uint8Array | undefined, envelope: Envelope): ConsentScope {
  if (bytes === undefined) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'A consent record needs the consentScope part and its signature.',
      path: 'consentScope',
    });
  }
  const parsed = ConsentScope.safeParse(readSignedJson(bytes, 'consentScope', MAX_ENVELOPE_BYTES));
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'consentScope');
  }
  const scope = parsed.data;
  if (envelope.consentRefs.length !== 1 || envelope.consentRefs[0] !== scope.id) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'A consent record refers to exactly its own consent id.',
      path: 'envelope.consentRefs',
    });
  }
  if (scope.subject !== envelope.subject || scope.controller !== envelope.from) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The consent scope must name the envelope subject and sender.',
      path: 'consentScope',
    });
  }
  return scope;
}

function checkWithdrawal(envelope: Envelope, consents: ReadonlyMap<string, HeldConsent>): void {
  if (envelope.consentRefs.length === 0) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'A withdrawal names the consents it withdraws.',
      path: 'envelope.consentRefs',
    });
  }
  envelope.consentRefs.forEach((id, index) => {
    const consent = consents.get(id);
    if (consent === undefined) {
      throw new GatewayError('NOT_FOUND', {
        message: `No consent ${id}.`,
        path: `envelope.consentRefs.${index}`,
      });
    }
    if (consent.scope.controller !== envelope.from) {
      throw new GatewayError('FORBIDDEN', {
        message: 'Only the controller that recorded a consent may withdraw it.',
        path: `envelope.consentRefs.${index}`,
      });
    }
  });
}

/**
 * Decide on a verified submission without touching anything: route it, check consent for
 * every recipient, and say what to store and log, or why to refuse. Malformed requests throw
 * their GatewayError; refusals that are disclosure decisions come back as `refuse` with the
 * entries the DPO must see.
 */
export function decideSubmission(facts: SubmissionFacts): SubmissionDecision {
  const { envelope, now, policy } = facts;
  checkTimes(envelope, now, facts.replayWindowMs);
  assertKnownType(envelope.type, envelope.version);
  assertLoggable(envelope, policy.version, now);
  const sender = facts.sender;
  if (sender === undefined) {
    throw new GatewayError('FORBIDDEN', {
      message: 'The sender is not a registered agency.',
      path: 'envelope.from',
    });
  }
  let recipients: RegisteredAgency[];
  try {
    recipients = checkRoute(envelope, sender, facts.agencies, facts.routing);
  } catch (error) {
    // A refused route is a refused disclosure to every addressee (S1: the child referral
    // without the competent CSW); the DPO sees it like a consent refusal.
    if (error instanceof GatewayError && error.code === 'ROUTE_FORBIDDEN') {
      return {
        kind: 'refuse',
        error,
        entries: [...new Set(envelope.to)]
          .filter((to) => AgencyId.safeParse(to).success)
          .map((to) =>
            disclosureDeniedEntry(envelope, to, 'route-forbidden', policy.version, now, {
              rule: error instanceof RouteForbiddenError ? error.rule : undefined,
            }),
          ),
      };
    }
    throw error;
  }

  const consents = new Map(facts.consents);
  let newConsent: ConsentScope | undefined;
  if (envelope.type === 'nrm.consent-record') {
    newConsent = readConsentScope(facts.consentScope, envelope);
    if (consents.has(newConsent.id)) {
      throw new GatewayError('ID_CONFLICT', {
        message: 'A consent with this id is already recorded.',
        path: 'consentScope.id',
      });
    }
    consents.set(newConsent.id, { scope: newConsent, withdrawal: undefined });
  }
  const withdrawal = envelope.type === 'nrm.consent-withdrawal';
  if (withdrawal) {
    checkWithdrawal(envelope, consents);
  }

  const accepted: AcceptedRecipient[] = [];
  const denied: RefusedRecipient[] = [];
  const referenced = envelope.consentRefs.flatMap((id) => {
    const consent = consents.get(id);
    return consent === undefined ? [] : [consent];
  });
  recipients.forEach((recipient, index) => {
    const verdict = withdrawal
      ? checkWithdrawalNotice(recipient, referenced)
      : checkDisclosure(
          {
            sender: { id: sender.id, kind: sender.kind },
            recipient,
            subject: envelope.subject,
            subjectIsChild: envelope.subjectIsChild,
            purpose: envelope.purpose,
            legalBasis: envelope.legalBasis,
            categories: envelope.dataCategories,
            messageType: envelope.type,
            justification: envelope.justification,
            at: now,
          },
          referenced,
          policy,
          facts.profile,
        );
    if (!verdict.allowed) {
      denied.push({
        agency: recipient.id,
        path: `envelope.to.${index}`,
        detail: headlineDetail(verdict.details),
        message: verdict.reasons.join('; '),
      });
      return;
    }
    accepted.push({ agency: recipient, basis: verdict.basis });
  });
  const firstDenied = denied[0];
  if (firstDenied !== undefined) {
    // Every refused recipient is a disclosure decision the DPO sees; the refusal names
    // every refused recipient so the sender can fix them all at once.
    return {
      kind: 'refuse',
      error: new GatewayError('CONSENT_MISSING', {
        message: denied.map((d) => `${d.agency}: ${d.message}`).join(' | '),
        path: firstDenied.path,
        refused: denied,
      }),
      entries: denied.map((d) =>
        disclosureDeniedEntry(envelope, d.agency, d.detail, policy.version, now),
      ),
    };
  }

  const entries: LogEntryInput[] = [];
  if (newConsent !== undefined) {
    entries.push(consentGrantedEntry(envelope, newConsent, now));
  }
  if (withdrawal) {
    entries.push(...consentWithdrawnEntries(envelope, now));
  }
  for (const { agency, basis } of accepted) {
    entries.push(disclosureAllowedEntry(envelope, agency.id, basis, policy.version, now));
  }
  return {
    kind: 'accept',
    recipients: accepted,
    newConsent,
    withdrawn: withdrawal ? [...envelope.consentRefs] : undefined,
    entries,
  };
}
