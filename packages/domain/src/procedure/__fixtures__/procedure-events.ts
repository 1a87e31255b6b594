/** Event builders for procedure tests: the steps of SCENARIOS S1/S2 with times as days after T0. */
import { CasePseudonym } from '../../ids.js';
import { addDays } from '../../time.js';
import type { ConsultationEntry, ConsultationRole } from '../consultation.js';
import type { DecisionContent } from '../decision.js';
import type { InterviewDetails } from '../interview.js';
import type { Official } from '../official.js';
import type { ProcedureEvent } from '../procedure-event.js';
import { initialProcedureState, type ProcedureState } from '../procedure-state.js';
import type { ReviewConclusion, ReviewRequester } from '../review.js';
import {
  ASTRA,
  CASE_WORKER,
  CPTV,
  fullConsultation,
  GRANT_FINDINGS,
  interviewDetails,
  motivation,
  PANEL,
  readiness,
  refusal,
  SENIOR,
  T0,
} from './identification.js';

export const day = (d: number): string => addDays(T0, d);

export const start = (subjectIsChild = false): ProcedureState =>
  initialProcedureState({
    casePseudonym: CasePseudonym.parse('case_7QK2M9X4B1R8T3W6'),
    decidingAgency: CPTV,
    firstResponder: ASTRA,
    subjectIsChild,
    referredAt: T0,
  });

export const ev = {
  assign: (d: number, caseWorker: Official = CASE_WORKER): ProcedureEvent => ({
    kind: 'assign-case-worker',
    at: day(d),
    caseWorker,
  }),
  admit: (d: number): ProcedureEvent => ({ kind: 'admit', at: day(d) }),
  inadmissible: (
    d: number,
    reason = 'not a trafficking situation on the facts referred',
  ): ProcedureEvent => ({
    kind: 'declare-inadmissible',
    at: day(d),
    reason,
  }),
  info: (d: number, from = ASTRA): ProcedureEvent => ({
    kind: 'receive-information',
    at: day(d),
    from,
  }),
  interview: (d: number, over: Partial<InterviewDetails> = {}): ProcedureEvent => ({
    kind: 'hold-interview',
    at: day(d),
    interview: interviewDetails({
      ...over,
      readiness: readiness({ assessedAt: day(d), ...over.readiness }),
    }),
  }),
  consult: (d: number): ProcedureEvent => ({ kind: 'start-consultation', at: day(d) }),
  record: (d: number, entry: ConsultationEntry): ProcedureEvent => ({
    kind: 'record-consultation',
    at: day(d),
    entry,
  }),
  draft: (d: number, decision: DecisionContent): ProcedureEvent => ({
    kind: 'draft-decision',
    at: day(d),
    decision,
  }),
  returnDraft: (d: number, reason = 'ask the police for the case file'): ProcedureEvent => ({
    kind: 'return-draft',
    at: day(d),
    reason,
  }),
  approve: (d: number, approvedBy: Official = SENIOR): ProcedureEvent => ({
    kind: 'approve-decision',
    at: day(d),
    approvedBy,
  }),
  dismiss: (
    d: number,
    reason = 'the person left the shelter and cannot be reached',
  ): ProcedureEvent => ({
    kind: 'dismiss',
    at: day(d),
    reason,
  }),
  requestReview: (d: number, requestedBy: ReviewRequester = 'subject'): ProcedureEvent => ({
    kind: 'request-review',
    at: day(d),
    requestedBy,
    agency: ASTRA,
    grounds: 'the expert opinion of ASTRA was not considered',
  }),
  panel: (d: number, panel: readonly Official[] = PANEL): ProcedureEvent => ({
    kind: 'constitute-panel',
    at: day(d),
    panel,
  }),
  conclude: (d: number, conclusion: ReviewConclusion): ProcedureEvent => ({
    kind: 'conclude-review',
    at: day(d),
    conclusion,
  }),
};

/** Consultation of every role before a refusal, as events at day `d`. */
export const consultAll = (d: number): ProcedureEvent[] =>
  fullConsultation(day(d)).map((e) => ev.record(d, e));

export const consultOnly = (d: number, roles: readonly ConsultationRole[]): ProcedureEvent[] =>
  fullConsultation(day(d))
    .filter((e) => roles.includes(e.role))
    .map((e) => ev.record(d, e));

export const OVERTURN: ReviewConclusion = { outcome: 'overturned', findings: GRANT_FINDINGS };
export const UPHOLD: ReviewConclusion = {
  outcome: 'upheld',
  findings: refusal().findings,
  motivation: motivation(),
};
