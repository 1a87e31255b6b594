import { z } from 'zod';
import type { Agency } from '../agency/agency.js';
import { AgencyKind } from '../agency/agency-kind.js';
import type { ConsentRecord, ConsentWithdrawal } from '../consent/consent-record.js';
import { ConsentId } from '../consent/consent-record.js';
import {
  ConsentGiver,
  DataCategory,
  Purpose,
  SPECIAL_CATEGORIES,
} from '../data-protection/vocabulary.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import type { DisclosureRecord } from './disclosure-record.js';
import { DisclosureOutcome, DisclosureReasonCode, RecordedBasis } from './disclosure-record.js';
import type { ConsentStatus, ReportLabels } from './labels.js';
import { ReportLanguage, reportLabels, ruleInWords } from './labels.js';
import { latinToCyrillic } from './transliterate.js';
import { KEEP_REASONS, type ErasureLogEntry } from '../retention/erasure.js';

/** An agency as the person sees it: its name and what kind of body it is. */
export const ReportedAgency = z.object({
  id: AgencyId,
  name: z.string(),
  /** Absent when the directory no longer knows the agency; the id is still shown. */
  kind: AgencyKind.optional(),
});
export type ReportedAgency = z.infer<typeof ReportedAgency>;

export const ReportedDisclosure = z.object({
  messageId: z.uuid(),
  messageType: z.string(),
  at: Instant,
  sender: ReportedAgency,
  recipient: ReportedAgency,
  purpose: Purpose,
  categories: z.array(DataCategory),
  /** True when health, sex life, ethnic origin or criminal proceedings were involved. */
  specialCategories: z.boolean(),
  outcome: DisclosureOutcome,
  basis: RecordedBasis.optional(),
  /** The basis in plain words, in the report's language. */
  basisInWords: z.string().optional(),
  reasonCode: DisclosureReasonCode.optional(),
  /** For a routing refusal, the routing rule that refused it. */
  reasonDetail: z.string().optional(),
  /** The reason in plain words, in the report's language. */
  reasonInWords: z.string().optional(),
  /** The provisions the basis or the refusal rests on, in the report's language. */
  legalReference: z.string().optional(),
  deliveredAt: Instant.optional(),
  acknowledgedAt: Instant.optional(),
});
export type ReportedDisclosure = z.infer<typeof ReportedDisclosure>;

export const ReportedConsent = z.object({
  id: ConsentId,
  controller: ReportedAgency,
  givenBy: ConsentGiver,
  recipients: z.array(
    z.discriminatedUnion('by', [
      z.object({ by: z.literal('agency'), agency: ReportedAgency }),
      z.object({ by: z.literal('kind'), kind: AgencyKind }),
    ]),
  ),
  purposes: z.array(Purpose),
  categories: z.array(DataCategory),
  obtainedAt: Instant,
  validFrom: Instant,
  validUntil: Instant.optional(),
  status: z.enum(['valid', 'not-yet-valid', 'expired', 'withdrawn']),
  withdrawal: z.object({ at: Instant, by: ConsentGiver, recordedBy: ReportedAgency }).optional(),
});
export type ReportedConsent = z.infer<typeof ReportedConsent>;

/** An erasure request the gateway executed: when, for whom, what went and what stayed, why. */
export const ReportedErasure = z.object({
  requestId: z.uuid(),
  at: Instant,
  requestedBy: ConsentGiver,
  recordedBy: ReportedAgency,
  /** How many items of each kind were deleted. */
  deleted: z.object({
    ciphertext: z.number().int().nonnegative(),
    consentEvidence: z.number().int().nonnegative(),
  }),
  /** What was kept, grouped by kind, reason and end. */
  kept: z.array(
    z.object({
      item: z.enum(['ciphertext', 'consent-evidence', 'transparency-log']),
      reason: z.enum(KEEP_REASONS),
      count: z.number().int().positive(),
      until: Instant.optional(),
    }),
  ),
});
export type ReportedErasure = z.infer<typeof ReportedErasure>;

/**
 * The answer to "what about this person was shared, with whom, when, on which basis"
 * (DOMAIN.md "Data protection", DESIGN.md "Transparency log"). JSON first; the printable
 * document is rendered from it.
 */
export const SubjectAccessReport = z.object({
  subject: SubjectPseudonym,
  generatedAt: Instant,
  language: ReportLanguage,
  /** Allowed disclosures, oldest first. */
  shared: z.array(ReportedDisclosure),
  /** Denied and withheld attempts, oldest first. */
  notShared: z.array(ReportedDisclosure),
  consents: z.array(ReportedConsent),
  /** Erasure requests executed, oldest first. */
  erasures: z.array(ReportedErasure),
  summary: z.object({
    shared: z.number().int().nonnegative(),
    denied: z.number().int().nonnegative(),
    withheld: z.number().int().nonnegative(),
    /** Distinct agencies that received data about the person. */
    recipients: z.number().int().nonnegative(),
    consentsGiven: z.number().int().nonnegative(),
    consentsWithdrawn: z.number().int().nonnegative(),
  }),
});
export type SubjectAccessReport = z.infer<typeof SubjectAccessReport>;

export interface SubjectAccessInput {
  readonly subject: SubjectPseudonym;
  /** The agency directory, to name each party. */
  readonly agencies: readonly Agency[];
  /** May hold other subjects' records and later ones: only `subject`'s up to `generatedAt` are reported. */
  readonly disclosures: readonly DisclosureRecord[];
  readonly consents: readonly ConsentRecord[];
  readonly withdrawals: readonly ConsentWithdrawal[];
  /** Executed erasure requests (may hold other subjects' and later ones). */
  readonly erasures?: readonly ErasureLogEntry[];
  /**
   * Agency names in Serbian (Latin script) by agency id, for the sr-Latn and sr-Cyrl
   * reports; an agency without one keeps its directory name.
   */
  readonly serbianNames?: Readonly<Record<string, string>>;
  readonly generatedAt: string;
  readonly language: ReportLanguage;
}

/** The reference of the reason (refused, withheld) or else of the basis. */
function legalReferenceOf(d: DisclosureRecord, labels: ReportLabels): { legalReference?: string } {
  const reference =
    d.reasonCode !== undefined
      ? reasonInWords(d.reasonCode, d.reasonDetail, labels).legalReference
      : d.basis === undefined
        ? undefined
        : basisReference(d.basis, labels);
  return reference === undefined || reference === '' ? {} : { legalReference: reference };
}

const byTime = (a: string, b: string): number => Date.parse(a) - Date.parse(b);
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function agencyOf(
  id: AgencyId,
  input: Pick<SubjectAccessInput, 'agencies' | 'serbianNames' | 'language'>,
  labels: ReportLabels,
): ReportedAgency {
  const a = input.agencies.find((x) => x.id === id);
  if (a === undefined) {
    return { id, name: labels.ui.unknownAgency };
  }
  const serbian = input.language === 'en' ? undefined : input.serbianNames?.[id];
  const name =
    serbian === undefined
      ? a.name
      : input.language === 'sr-Cyrl'
        ? latinToCyrillic(serbian)
        : serbian;
  return { id, name, kind: a.kind };
}

/** The provisions a recorded basis rests on, in the labels' language. */
export function basisReference(basis: RecordedBasis, labels: ReportLabels): string | undefined {
  return basis.kind === 'consent' ? labels.consentReference : labels.ruleReferences[basis.ruleId];
}

/** A refusal or withholding reason in plain words: the routing rule's words when known. */
export function reasonInWords(
  code: DisclosureReasonCode,
  detail: string | undefined,
  labels: ReportLabels,
): { text: string; legalReference: string } {
  const specific = detail === undefined ? undefined : labels.refusalDetails[detail];
  if (detail !== undefined && specific !== undefined) {
    return { text: specific, legalReference: labels.refusalDetailReferences[detail] ?? '' };
  }
  return { text: labels.reasons[code], legalReference: labels.reasonReferences[code] };
}

function reportedErasure(
  entry: ErasureLogEntry,
  agency: (id: AgencyId) => ReportedAgency,
): ReportedErasure {
  const groups = new Map<string, ReportedErasure['kept'][number]>();
  for (const k of entry.kept) {
    const key = `${k.item.kind} ${k.reason} ${k.until ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, {
        item: k.item.kind,
        reason: k.reason,
        count: 1,
        ...(k.until === undefined ? {} : { until: k.until }),
      });
    } else {
      group.count += 1;
    }
  }
  return {
    requestId: entry.requestId,
    at: entry.at,
    requestedBy: entry.requestedBy,
    recordedBy: agency(entry.recordedBy),
    deleted: {
      ciphertext: entry.deleted.filter((d) => d.item.kind === 'ciphertext').length,
      consentEvidence: entry.deleted.filter((d) => d.item.kind === 'consent-evidence').length,
    },
    kept: [...groups.values()],
  };
}

/**
 * A recorded basis in plain words: the lawful basis, then who consented or which rule of
 * the policy applied. `consents` names the giver of a consent basis.
 */
export function basisInWords(
  basis: RecordedBasis,
  consents: readonly Pick<ConsentRecord, 'id' | 'givenBy'>[],
  labels: ReportLabels,
): string {
  if (basis.kind === 'policy') {
    return `${labels.bases[basis.lawfulBasis]}: ${ruleInWords(basis.ruleId, labels)} (${labels.ui.policyVersion} ${basis.policyVersion})`;
  }
  const consent = consents.find((c) => c.id === basis.consentId);
  return consent === undefined
    ? labels.bases.consent
    : `${labels.bases.consent}, ${labels.ui.basisConsentBy} ${labels.givers[consent.givenBy]}`;
}

function consentStatus(
  c: ConsentRecord,
  withdrawal: ConsentWithdrawal | undefined,
  at: string,
): ConsentStatus {
  const t = Date.parse(at);
  if (withdrawal !== undefined && Date.parse(withdrawal.withdrawnAt) <= t) {
    return 'withdrawn';
  }
  if (t < Date.parse(c.validFrom)) {
    return 'not-yet-valid';
  }
  return c.validUntil !== undefined && t >= Date.parse(c.validUntil) ? 'expired' : 'valid';
}

/**
 * Builds the subject access report for one subject. Pure and deterministic: the same input
 * in any order gives the same report; nothing about another subject can enter it, since
 * every record is filtered on the pseudonym before anything else is read.
 */
export function buildSubjectAccessReport(input: SubjectAccessInput): SubjectAccessReport {
  const labels = reportLabels(input.language);
  // The report speaks as of `generatedAt`: later facts belong to a later report.
  const asOf = (t: string): boolean => Date.parse(t) <= Date.parse(input.generatedAt);
  const agency = (id: AgencyId): ReportedAgency => agencyOf(id, input, labels);
  const consents = input.consents
    .filter((c) => c.subject === input.subject && asOf(c.obtainedAt))
    .sort((a, b) => byTime(a.obtainedAt, b.obtainedAt) || compareText(a.id, b.id));

  const disclosures = input.disclosures
    .filter((d) => d.subject === input.subject && asOf(d.at))
    .sort(
      (a, b) =>
        byTime(a.at, b.at) ||
        compareText(a.messageId, b.messageId) ||
        compareText(a.recipient, b.recipient) ||
        // Duplicates in a log export must not make the order depend on the input order.
        compareText(JSON.stringify(a), JSON.stringify(b)),
    )
    .map((d): ReportedDisclosure => {
      const categories = [...new Set(d.categories)];
      return {
        messageId: d.messageId,
        messageType: d.messageType,
        at: d.at,
        sender: agency(d.sender),
        recipient: agency(d.recipient),
        purpose: d.purpose,
        categories,
        specialCategories: categories.some((c) => SPECIAL_CATEGORIES.includes(c)),
        outcome: d.outcome,
        ...(d.basis === undefined
          ? {}
          : { basis: d.basis, basisInWords: basisInWords(d.basis, consents, labels) }),
        ...(d.reasonCode === undefined ? {} : { reasonCode: d.reasonCode }),
        ...(d.reasonDetail === undefined ? {} : { reasonDetail: d.reasonDetail }),
        ...(d.reasonCode === undefined
          ? {}
          : { reasonInWords: reasonInWords(d.reasonCode, d.reasonDetail, labels).text }),
        ...legalReferenceOf(d, labels),
        ...(d.deliveredAt === undefined ? {} : { deliveredAt: d.deliveredAt }),
        ...(d.acknowledgedAt === undefined ? {} : { acknowledgedAt: d.acknowledgedAt }),
      };
    });

  const reportedConsents = consents.map((c): ReportedConsent => {
    // The earliest withdrawal counts; a repeated withdrawal changes nothing.
    const withdrawal = input.withdrawals
      .filter((w) => w.consentId === c.id && asOf(w.withdrawnAt))
      .sort((a, b) => byTime(a.withdrawnAt, b.withdrawnAt))[0];
    return {
      id: c.id,
      controller: agency(c.controller),
      givenBy: c.givenBy,
      recipients: c.recipients.map((r) =>
        r.by === 'agency' ? { by: 'agency', agency: agency(r.agency) } : r,
      ),
      purposes: [...c.purposes],
      categories: [...c.categories],
      obtainedAt: c.obtainedAt,
      validFrom: c.validFrom,
      ...(c.validUntil === undefined ? {} : { validUntil: c.validUntil }),
      status: consentStatus(c, withdrawal, input.generatedAt),
      ...(withdrawal === undefined
        ? {}
        : {
            withdrawal: {
              at: withdrawal.withdrawnAt,
              by: withdrawal.withdrawnBy,
              recordedBy: agency(withdrawal.recordedBy),
            },
          }),
    };
  });

  const erasures = (input.erasures ?? [])
    .filter((e) => e.subject === input.subject && asOf(e.at))
    .sort((a, b) => byTime(a.at, b.at) || compareText(a.requestId, b.requestId))
    .map((e) => reportedErasure(e, agency));

  const shared = disclosures.filter((d) => d.outcome === 'allowed');
  const notShared = disclosures.filter((d) => d.outcome !== 'allowed');
  return {
    subject: input.subject,
    generatedAt: input.generatedAt,
    language: input.language,
    shared,
    notShared,
    consents: reportedConsents,
    erasures,
    summary: {
      shared: shared.length,
      denied: notShared.filter((d) => d.outcome === 'denied').length,
      withheld: notShared.filter((d) => d.outcome === 'withheld').length,
      recipients: new Set(shared.map((d) => d.recipient.id)).size,
      consentsGiven: reportedConsents.length,
      consentsWithdrawn: reportedConsents.filter((c) => c.withdrawal !== undefined).length,
    },
  };
}
