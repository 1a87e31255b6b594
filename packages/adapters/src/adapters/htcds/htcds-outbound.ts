import {
  CaseFile,
  exportHtcds,
  HTCDS_CASE_STATUS,
  HTCDS_TRAFFICKING_STATUS,
  htcdsDecisionMakingOrg,
} from '@nrm/domain';
import {
  referralToDomain,
  type CaseClosureV1,
  type IdentificationDecisionV1,
  type ReferralV3,
  type ReviewOutcomeV1,
} from '@nrm/schemas';
import type { ReceivedMessage } from '../received-message.js';
import type { OutboundMapping } from '../../sdk/adapter.js';
import type { HtcdsColumn } from './htcds-columns.js';
import { writeHtcdsCsv, type HtcdsRow } from './htcds-csv.js';

/** A referral opens the case row: who, what exploitation, referred by whom and when. */
function fromReferral(payload: ReferralV3): HtcdsRow | null {
  const referral = referralToDomain(payload);
  if (!referral.ok) {
    return null;
  }
  const r = referral.value;
  const file = CaseFile.safeParse({
    casePseudonym: r.casePseudonym,
    subject: r.subject,
    referral: {
      referredAt: r.referredAt,
      channel: r.channel,
      referringAgency: r.referringAgency,
      exploitation: r.exploitation,
    },
    status: 'active',
    // HTCDS con_Consent: the referral relies on the person's consent records.
    dataProcessingConsent: r.consentRefs.length > 0,
  });
  return file.success
    ? { instanceId: r.casePseudonym, fields: exportHtcds(file.data).fields }
    : null;
}

/** A decision sets the trafficking status; CPTV decides as a non-police governmental body. */
function fromDecision(decision: IdentificationDecisionV1, caseId: string): HtcdsRow {
  return {
    instanceId: caseId,
    fields: {
      vic_TraffickingStatus: HTCDS_TRAFFICKING_STATUS[decision.outcome],
      vic_TraffickingStatusDecisionMakingOrg: htcdsDecisionMakingOrg('competent-authority'),
    },
  };
}

/** An overturned refusal counts as granted (the domain's `finalOutcome`); an upheld one changes nothing. */
function fromReview(review: ReviewOutcomeV1, caseId: string): HtcdsRow {
  return {
    instanceId: caseId,
    fields:
      review.outcome === 'overturned'
        ? { vic_TraffickingStatus: HTCDS_TRAFFICKING_STATUS.granted }
        : {},
  };
}

/** Closed, or closed and handed to another organisation or country (HTCDS ClosedReferred). */
function fromClosure(closure: CaseClosureV1): HtcdsRow {
  const handedOver = ['resettlement', 'moved-abroad', 'returned'].includes(closure.reason.kind);
  return {
    instanceId: closure.case,
    fields: { cas_Status: HTCDS_CASE_STATUS[handedOver ? 'closed-referred' : 'closed'] },
  };
}

function toRow(message: ReceivedMessage): HtcdsRow | null {
  const { type, case: caseId } = message.envelope;
  switch (type) {
    case 'nrm.referral':
      return fromReferral(message.payload as ReferralV3);
    case 'nrm.identification-decision':
      return caseId === undefined
        ? null
        : fromDecision(message.payload as IdentificationDecisionV1, caseId);
    case 'nrm.review-outcome':
      return caseId === undefined ? null : fromReview(message.payload as ReviewOutcomeV1, caseId);
    case 'nrm.case-closure':
      return fromClosure(message.payload as CaseClosureV1);
    default:
      return null;
  }
}

/** Later messages about a case fill or overwrite the fields earlier ones set: one row per case. */
function mergeByCase(rows: readonly HtcdsRow[]): HtcdsRow[] {
  const byCase = new Map<string, Partial<Record<HtcdsColumn, string>>>();
  for (const row of rows) {
    byCase.set(row.instanceId, { ...byCase.get(row.instanceId), ...row.fields });
  }
  return [...byCase].map(([instanceId, fields]) => ({ instanceId, fields }));
}

/**
 * Cases as HTCDS v2 CSV for IOM: referrals, identification decisions, review outcomes and
 * case closures,
 * in the order received, become one row per case. Names, contacts and narratives are never
 * in it (the domain's HTCDS export has none), nor the birth date.
 */
export const htcdsOutbound: OutboundMapping<HtcdsRow> = {
  fromCanonical: (message) => toRow(message),
  serialize: (rows) => writeHtcdsCsv(mergeByCase(rows)),
};
