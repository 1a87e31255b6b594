import type { AgencyKind } from '../agency/agency-kind.js';
import type { DataCategory, LawfulBasis, Purpose } from '../data-protection/vocabulary.js';
import type { AgencyId, SubjectPseudonym } from '../ids.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import type {
  LawfulBasisPolicy,
  LawfulBasisRule,
  PartySelector,
} from '../lawful-basis/lawful-basis-policy.js';
import type { ConsentRecord, ConsentWithdrawal } from './consent-record.js';
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
  const coversRecipient = c.recipients.some((r) =>
    r.by === 'agency' ? r.agency === req.recipient.id : r.kind === req.recipient.kind,
  );
  if (!coversRecipient) {
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

/** The bases to try, in order: consents (newest first), then policy rules. */
function candidates(req: DisclosureRequest): { list: Candidate[]; missing: DenialReason[] } {
  const wanted = req.requestedBasis;
  const list: Candidate[] = [];
  const missing: DenialReason[] = [];
  if (wanted === undefined || wanted === 'consent') {
    const own = req.consents
      .filter((c) => c.subject === req.subject.pseudonym)
      .sort((a, b) => Date.parse(b.obtainedAt) - Date.parse(a.obtainedAt));
    if (own.length === 0) {
      missing.push(reason('no-consent', `no consent is recorded for ${req.subject.pseudonym}`));
    }
    list.push(...own.map((c) => consentCandidate(c, req)));
  }
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
 * A consent is the person's permission for data about them to reach its recipients; any
 * agency holding the data may rely on it (SCENARIOS.md S1: police refer on the consent the
 * CSW guardian gave). Policy rules apply from the policy's `effectiveFrom`.
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
  for (const c of list) {
    if (!c.relevant && req.requestedBasis === undefined) {
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
 * that lets the most of them go (consent preferred on a tie). Re-evaluating with the
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
