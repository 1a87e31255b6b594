import {
  AgencyId,
  evaluateDisclosure,
  SubjectPseudonym,
  type AgencyKind,
  type DataCategory,
  type DisclosureBasis as DomainBasis,
  type JurisdictionProfile,
  type LawfulBasis,
  type LawfulBasisPolicy,
  type Purpose,
} from '@nrm/domain';
import type { RegisteredAgency } from '../store/registry/agencies.js';
import type { HeldConsent } from './consent-scope.js';

/** One disclosure: a message to one recipient, as the envelope states it. */
export interface DisclosureRequest {
  sender: { id: string; kind: AgencyKind };
  recipient: RegisteredAgency;
  subject: string;
  subjectIsChild: boolean;
  purpose: Purpose;
  legalBasis: LawfulBasis;
  categories: readonly DataCategory[];
  /** The envelope's wire type: the policy's legal duties name the message types they carry. */
  messageType: string;
  justification?: string | undefined;
  at: Date;
}

/** What a permitted disclosure relied on; stored per delivery and re-checked at delivery. */
export type DisclosureBasis =
  | (DomainBasis & { alert: boolean })
  | { kind: 'withdrawal-notice'; consentId: string; alert: false };

/** A refusal carries its messages and the stable detail codes the transparency log records. */
export type DisclosureVerdict =
  | { allowed: true; basis: DisclosureBasis }
  | { allowed: false; reasons: string[]; details: string[] };

/**
 * The detail that names a refusal in the log, the DPO's records and the subject access
 * report: the first one tied to a consent the sender cited, since that is the basis it
 * claimed (a police disclosure citing ASTRA's consent reads `discloser-not-covered`), else
 * the first of all.
 */
export function headlineDetail(details: readonly string[]): string {
  return details.find((d) => d === 'discloser-not-covered') ?? details[0] ?? 'no-consent';
}

/**
 * Decide one disclosure with the domain's pure evaluator (`evaluateDisclosure`), fed with
 * the consents the envelope refers to. An envelope that says `consent` lets the evaluator
 * try those consents first and then the policy's general rules (a child referral reaches the
 * CSW on child protection even where the consent names only CPTV); any other basis asks for
 * exactly that basis, so explicit-only rules (vital interests) are never a silent fallback.
 */
export function checkDisclosure(
  request: DisclosureRequest,
  consents: readonly HeldConsent[],
  policy: LawfulBasisPolicy,
  profile: JurisdictionProfile,
): DisclosureVerdict {
  const decision = evaluateDisclosure({
    sender: { id: AgencyId.parse(request.sender.id), kind: request.sender.kind },
    recipient: { id: request.recipient.id, kind: request.recipient.kind },
    subject: {
      pseudonym: SubjectPseudonym.parse(request.subject),
      isChild: request.subjectIsChild,
    },
    purpose: request.purpose,
    categories: request.categories,
    messageType: request.messageType,
    at: request.at.toISOString(),
    ...(request.legalBasis === 'consent' ? {} : { requestedBasis: request.legalBasis }),
    ...(request.justification === undefined ? {} : { justification: request.justification }),
    consents: consents.map((c) => c.scope),
    withdrawals: consents.flatMap((c) => (c.withdrawal === undefined ? [] : [c.withdrawal])),
    policy,
    profile,
  });
  if (decision.allowed) {
    return { allowed: true, basis: { ...decision.basis, alert: decision.alert } };
  }
  return {
    allowed: false,
    reasons: decision.reasons.map((r) => `${r.detail}: ${r.message}`),
    details: decision.reasons.map((r) => r.detail),
  };
}

/**
 * A withdrawal is news about the consent, not a disclosure under it: it may go to every
 * recipient the withdrawn consent covered, whatever the consent still permits.
 */
export function checkWithdrawalNotice(
  recipient: RegisteredAgency,
  withdrawn: readonly HeldConsent[],
): DisclosureVerdict {
  for (const { scope } of withdrawn) {
    const covered = scope.recipients.some((r) =>
      r.by === 'agency' ? r.agency === recipient.id : r.kind === recipient.kind,
    );
    if (covered) {
      return {
        allowed: true,
        basis: { kind: 'withdrawal-notice', consentId: scope.id, alert: false },
      };
    }
  }
  return {
    allowed: false,
    reasons: ['recipient-not-covered: the recipient was not covered by the withdrawn consent'],
    details: ['recipient-not-covered'],
  };
}
