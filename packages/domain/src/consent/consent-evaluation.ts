import type { AgencyKind } from '../agency/agency-kind.js';
import type { DataCategory, LawfulBasis, Purpose } from '../data-protection/vocabulary.js';
import type { AgencyId, SubjectPseudonym } from '../ids.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import type {
  LawfulBasisPolicy,
  LawfulBasisRule,
  PartySelector,
} from '../lawful-basis/lawful-basis-policy.js';
import type { ConsentRecipient, ConsentRecord, ConsentWithdrawal } from './consent-record.js';
import type {
  DenialDetail,
  DenialReason,
  DisclosureBasis,
  DisclosureDecision,
} from './disclosure-decision.js';

export interface DisclosureParty {
  readonly id: AgencyId;
  readonly kind: AgencyKind;
}

/**
 * Everything needed to decide one disclosure to one recipient. The function is pure: the
 * caller (gateway, SDK dry run, admin app) supplies the consents, withdrawals, policy and
 * profile in force, and the instant `at`.
 */
export interface DisclosureRequest {
  readonly sender: DisclosureParty;
  readonly recipient: DisclosureParty;
  readonly subject: { readonly pseudonym: SubjectPseudonym; readonly isChild: boolean };
  readonly purpose: Purpose;
  readonly categories: readonly DataCategory[];
  /** The wire type of the message (`nrm.referral`); rules limited to some types need it. */
  readonly messageType?: string;
  readonly at: string;
  /** Asking for a basis restricts evaluation to it; absent means consent first, then the policy. */
  readonly requestedBasis?: LawfulBasis;
  readonly justification?: string;
  readonly consents: readonly ConsentRecord[];
  readonly withdrawals: readonly ConsentWithdrawal[];
  readonly policy: LawfulBasisPolicy;
  readonly profile: JurisdictionProfile;
}

/** One basis that might carry the disclosure, with what stands in its way apart from categories. */
interface Candidate {
  readonly basis: DisclosureBasis;
  readonly scopeReasons: readonly DenialReason[];
  readonly ceiling: readonly DataCategory[];
  readonly alert: boolean;
  /** Sender, recipient and subject fit: worth reporting even when not explicitly requested. */
  readonly relevant: boolean;
}

const reason = (
  detail: DenialDetail,
  message: string,
  extra: Partial<DenialReason> = {},
): DenialReason => ({
  code: 'CONSENT_MISSING',
  detail,
  message,
  ...extra,
});

const unique = (cs: readonly DataCategory[]): DataCategory[] => [...new Set(cs)];

const names = (parties: readonly ConsentRecipient[], party: DisclosureParty): boolean =>
  parties.some((p) => (p.by === 'agency' ? p.agency === party.id : p.kind === party.kind));

function consentCandidate(c: ConsentRecord, req: DisclosureRequest): Candidate {
  const at = Date.parse(req.at);
  const ref = { consentId: c.id };
  const reasons: DenialReason[] = [];
  if (at < Date.parse(c.validFrom)) {
    reasons.push(reason('not-yet-valid', `consent ${c.id} is valid only from ${c.validFrom}`, ref));
  }
  if (c.validUntil !== undefined && at >= Date.parse(c.validUntil)) {
    reasons.push(reason('expired', `consent ${c.id} expired at ${c.validUntil}`, ref));
  }
  const withdrawal = req.withdrawals.find(
    (w) => w.consentId === c.id && Date.parse(w.withdrawnAt) <= at,
  );
  if (withdrawal !== undefined) {
    reasons.push(
      reason('withdrawn', `consent ${c.id} was withdrawn at ${withdrawal.withdrawnAt}`, ref),
    );
  }
  if (req.subject.isChild && !req.profile.childConsentBy.includes(c.givenBy)) {
    const by = req.profile.childConsentBy.join(' or ');
    reasons.push(
      c.givenBy === 'self'
        ? reason(
            'child-consent-by-self',
            `consent ${c.id} was given by a child; a ${by} must consent`,
            ref,
          )
        : reason(
            'giver-not-accepted',
            `consent ${c.id} was given by a ${c.givenBy}; for a child a ${by} must consent`,
            ref,
          ),
    );
  }
  // Only the agency that obtained the consent, and those the person agreed may also rely on
  // it, may disclose under it (a consent's id is no key for every agency).
  if (req.sender.id !== c.controller && !names(c.disclosers, req.sender)) {
    reasons.push(
      reason(
        'discloser-not-covered',
        `consent ${c.id} was recorded by ${c.controller} and does not let ${req.sender.id} (${req.sender.kind}) disclose under it`,
        ref,
      ),
    );
  }
  if (!names(c.recipients, req.recipient)) {
    reasons.push(
      reason(
        'recipient-not-covered',
        `consent ${c.id} does not name ${req.recipient.id} or its kind ${req.recipient.kind}`,
        ref,
      ),
    );
  }
  if (!c.purposes.includes(req.purpose)) {
    reasons.push(
      reason(
        'purpose-not-covered',
        `consent ${c.id} does not cover the purpose ${req.purpose}`,
        ref,
      ),
    );
  }
  return {
    basis: { kind: 'consent', lawfulBasis: 'consent', consentId: c.id },
    scopeReasons: reasons,
    ceiling: c.categories,
    alert: false,
    relevant: true,
  };
}

function selects(
  selector: PartySelector,
  party: DisclosureParty,
  profile: JurisdictionProfile,
): boolean {
  switch (selector.by) {
    case 'any':
      return true;
    case 'kind':
      return selector.kinds.includes(party.kind);
    case 'profile-role':
      return (
        party.kind ===
        (selector.role === 'competent-authority'
          ? profile.competentAuthorityKind
          : profile.childProtectionAgencyKind)
      );
  }
}

function ruleCandidate(rule: LawfulBasisRule, req: DisclosureRequest): Candidate {
  const ref = { ruleId: rule.id };
  const reasons: DenialReason[] = [];
  let relevant = true;
  if (!selects(rule.sender, req.sender, req.profile)) {
    relevant = false;
    reasons.push(
      reason(
        'sender-not-covered',
        `rule ${rule.id} does not apply to a ${req.sender.kind} as sender`,
        ref,
      ),
    );
  }
  if (!selects(rule.recipient, req.recipient, req.profile)) {
    relevant = false;
    reasons.push(
      reason(
        'recipient-not-covered',
        `rule ${rule.id} does not apply to a ${req.recipient.kind} as recipient`,
        ref,
      ),
    );
  }
  if (
    rule.messageTypes !== undefined &&
    (req.messageType === undefined || !rule.messageTypes.includes(req.messageType))
  ) {
    relevant = false;
    reasons.push(
      reason(
        'message-type-not-covered',
        `rule ${rule.id} carries only ${rule.messageTypes.join(', ')}`,
        ref,
      ),
    );
  }
  const subjectFits =
    rule.subjects === 'any' || (rule.subjects === 'child') === req.subject.isChild;
  if (!subjectFits) {
    relevant = false;
    reasons.push(
      reason(
        'subject-not-covered',
        `rule ${rule.id} applies only to ${rule.subjects} subjects`,
        ref,
      ),
    );
  }
  if (!rule.purposes.includes(req.purpose)) {
    reasons.push(
      reason(
        'purpose-not-covered',
        `rule ${rule.id} does not cover the purpose ${req.purpose}`,
        ref,
      ),
    );
  }
  if (rule.requiresJustification && (req.justification ?? '').trim() === '') {
    reasons.push(
      reason('justification-missing', `rule ${rule.id} requires a written justification`, ref),
    );
  }
  return {
    basis: {
      kind: 'policy',
      lawfulBasis: rule.basis,
      policyId: req.policy.id,
      policyVersion: req.policy.version,
      ruleId: rule.id,
    },
    scopeReasons: reasons,
    ceiling: rule.categories,
    alert: rule.alertDpo,
    relevant,
  };
}

function consentCandidates(req: DisclosureRequest): { list: Candidate[]; missing: DenialReason[] } {
  const own = req.consents
    .filter((c) => c.subject === req.subject.pseudonym)
    .sort((a, b) => Date.parse(b.obtainedAt) - Date.parse(a.obtainedAt));
  if (own.length > 0) {
    return { list: own.map((c) => consentCandidate(c, req)), missing: [] };
  }
  // Say what was wrong with what the caller cited; the store may well hold a consent it did not cite.
  const message =
    req.consents.length === 0
      ? `no consent for ${req.subject.pseudonym} was cited (consentRefs is empty)`
      : `the cited consents (${req.consents.map((c) => c.id).join(', ')}) are not for ${req.subject.pseudonym}`;
  return { list: [], missing: [reason('no-consent', message)] };
}

/**
 * The bases to try, in order. Asked for one basis: only that. Otherwise the policy's
 * general rules first — legal duties, which do not depend on the person's will — then the
 * consents (newest first). A disclosure a duty covers is recorded on the duty, never on a
 * consent the person could withdraw: the basis must be stated truly (GDPR art. 13(1)(c))
 * and a mandatory referral must not be held by a withdrawal.
 */
function candidates(req: DisclosureRequest): { list: Candidate[]; missing: DenialReason[] } {
  const wanted = req.requestedBasis;
  const list: Candidate[] = [];
  const missing: DenialReason[] = [];
  const byConsent =
    wanted === undefined || wanted === 'consent' ? consentCandidates(req) : undefined;
  if (wanted !== 'consent' && Date.parse(req.at) < Date.parse(req.policy.effectiveFrom)) {
    missing.push(
      reason(
        'policy-not-in-force',
        `policy ${req.policy.id} v${req.policy.version} is in force only from ${req.policy.effectiveFrom}`,
      ),
    );
  } else if (wanted !== 'consent') {
    const rules = req.policy.rules.filter((r) =>
      wanted === undefined ? !r.explicitOnly : r.basis === wanted,
    );
    if (wanted !== undefined && rules.length === 0) {
      missing.push(
        reason(
          'basis-not-in-policy',
          `policy ${req.policy.id} v${req.policy.version} has no rule for ${wanted}`,
        ),
      );
    }
    list.push(...rules.map((r) => ruleCandidate(r, req)));
  }
  if (byConsent !== undefined) {
    list.push(...byConsent.list);
    missing.push(...byConsent.missing);
  }
  return { list, missing };
}

const uncovered = (
  requested: readonly DataCategory[],
  ceiling: readonly DataCategory[],
): DataCategory[] => requested.filter((c) => !ceiling.includes(c));

/**
 * Decides whether `req.sender` may disclose the requested categories about the subject to
 * `req.recipient` for `req.purpose` at `req.at` (DOMAIN.md "Data protection"). Allowed
 * only when one consent or one policy rule covers all of it; otherwise every obstacle is
 * listed with a stable detail code.
 *
 * A consent is the person's permission to its controller, and to the disclosers it names,
 * for data about them to reach its recipients; no other agency may rely on it. Policy rules
 * apply from the policy's `effectiveFrom`, and legal duties before consent (`candidates`).
 */
export function evaluateDisclosure(req: DisclosureRequest): DisclosureDecision {
  const requested = unique(req.categories);
  const { list, missing } = candidates(req);
  for (const c of list) {
    if (c.scopeReasons.length === 0 && uncovered(requested, c.ceiling).length === 0) {
      return { allowed: true, basis: c.basis, categories: requested, alert: c.alert };
    }
  }
  const reasons: DenialReason[] = [...missing];
  // Rules whose parties, subject or message type do not fit are noise next to one that does;
  // asked for a basis none of whose rules fits, each says why.
  const anyRelevant = list.some((c) => c.relevant);
  const obstacles = (c: Candidate): number =>
    c.scopeReasons.length + (uncovered(requested, c.ceiling).length > 0 ? 1 : 0);
  // When no rule fits, the closest one leads: its reasons name what the sender must change.
  const ordered = anyRelevant ? list : [...list].sort((a, b) => obstacles(a) - obstacles(b));
  for (const c of ordered) {
    if (!c.relevant && (req.requestedBasis === undefined || anyRelevant)) {
      continue;
    }
    reasons.push(...c.scopeReasons);
    const left = uncovered(requested, c.ceiling);
    if (left.length > 0) {
      const ref =
        c.basis.kind === 'consent' ? { consentId: c.basis.consentId } : { ruleId: c.basis.ruleId };
      const name =
        c.basis.kind === 'consent' ? `consent ${c.basis.consentId}` : `rule ${c.basis.ruleId}`;
      reasons.push(
        reason('category-not-covered', `${name} does not cover ${left.join(', ')}`, {
          ...ref,
          categories: left,
        }),
      );
    }
  }
  return { allowed: false, reasons };
}

/**
 * Data minimisation: which of the requested categories may go, under the single basis
 * that lets the most of them go (on a tie, the first in evaluation order: a legal duty). Re-evaluating with the
 * result is allowed whenever it is non-empty.
 */
export function permittedCategories(req: DisclosureRequest): readonly DataCategory[] {
  const requested = unique(req.categories);
  let best: DataCategory[] = [];
  for (const c of candidates(req).list) {
    if (c.scopeReasons.length > 0) {
      continue;
    }
    const fit = requested.filter((cat) => c.ceiling.includes(cat));
    if (fit.length > best.length) {
      best = fit;
    }
  }
  return best;
}
