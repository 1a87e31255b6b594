import type { AgencyId } from '../ids.js';
import type { ConsultationEntry } from './consultation.js';
import type { DecisionContent } from './decision.js';
import type { InterviewDetails } from './interview.js';
import type { Official } from './official.js';
import type { ReviewConclusion, ReviewRequester } from './review.js';

/**
 * Events of the identification procedure. Each carries its time (`at`, an ISO instant):
 * the domain never reads a clock.
 */
export type ProcedureEvent =
  | { readonly kind: 'assign-case-worker'; readonly at: string; readonly caseWorker: Official }
  | { readonly kind: 'declare-inadmissible'; readonly at: string; readonly reason: string }
  | { readonly kind: 'admit'; readonly at: string }
  | { readonly kind: 'receive-information'; readonly at: string; readonly from: AgencyId }
  | { readonly kind: 'hold-interview'; readonly at: string; readonly interview: InterviewDetails }
  | { readonly kind: 'start-consultation'; readonly at: string }
  | { readonly kind: 'record-consultation'; readonly at: string; readonly entry: ConsultationEntry }
  | { readonly kind: 'draft-decision'; readonly at: string; readonly decision: DecisionContent }
  | { readonly kind: 'return-draft'; readonly at: string; readonly reason: string }
  | { readonly kind: 'approve-decision'; readonly at: string; readonly approvedBy: Official }
  /** The person is no longer available (seed report: applications "dismissed"). */
  | { readonly kind: 'dismiss'; readonly at: string; readonly reason: string }
  | {
      readonly kind: 'request-review';
      readonly at: string;
      readonly requestedBy: ReviewRequester;
      readonly agency?: AgencyId;
      readonly grounds?: string;
    }
  | { readonly kind: 'constitute-panel'; readonly at: string; readonly panel: readonly Official[] }
  | {
      readonly kind: 'conclude-review';
      readonly at: string;
      readonly conclusion: ReviewConclusion;
    };

export type ProcedureEventKind = ProcedureEvent['kind'];
