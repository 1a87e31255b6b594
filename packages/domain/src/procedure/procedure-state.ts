import type { AgencyId, CasePseudonym } from '../ids.js';
import type { JurisdictionProfile, DecisionStage } from '../jurisdiction/jurisdiction-profile.js';
import { isTreatedAsChild } from '../person/child-status.js';
import type { Referral } from '../referral/referral.js';
import type { ConsultationEntry } from './consultation.js';
import type { DraftDecision, IssuedDecision } from './decision.js';
import type { Interview } from './interview.js';
import type { Official } from './official.js';
import type { OriginalDecisionMakers } from '../rules/review-panel-independent.js';
import type { ReviewRecord } from './review.js';

/**
 * Phases of the identification procedure as practised by the competent authority
 * (DOMAIN.md "Identification procedure", steps 1-7), with the recommended multi-agency
 * consultation and independent review built in.
 */
export const PROCEDURE_PHASES = [
  'received',
  'admissibility',
  'information-gathering',
  'interview',
  'consultation',
  'draft',
  'refused',
  'review-requested',
  'under-review',
  'granted',
  'refusal-upheld',
  'inadmissible',
  'inadmissibility-upheld',
  'dismissed',
] as const;
export type ProcedurePhase = (typeof PROCEDURE_PHASES)[number];

/**
 * Phases no event leaves. Neither a `refused` nor an `inadmissible` case is terminal: a
 * review may still be requested (seed report L309-317).
 */
export const TERMINAL_PHASES: readonly ProcedurePhase[] = [
  'granted',
  'refusal-upheld',
  'inadmissibility-upheld',
  'dismissed',
];

export const isTerminal = (phase: ProcedurePhase): boolean => TERMINAL_PHASES.includes(phase);

/** A consultation entry, tied to the decision stage it informs. */
export interface StageConsultation {
  readonly stage: string;
  readonly recordedAt: string;
  readonly entry: ConsultationEntry;
}

export interface ProcedureState {
  readonly phase: ProcedurePhase;
  readonly casePseudonym: CasePseudonym;
  /** The competent authority deciding (CPTV in Serbia). */
  readonly decidingAgency: AgencyId;
  /** The referring agency: receives the motivation of a refusal. */
  readonly firstResponder: AgencyId;
  /** Child or presumed child at referral (AGE_DISPUTED_TREATED_AS_CHILD). */
  readonly subjectIsChild: boolean;
  readonly referredAt: string;
  readonly lastEventAt: string;
  /** Index into the profile's `decisionStages`: the stage being decided. */
  readonly stageIndex: number;
  readonly caseWorker?: Official;
  readonly informationFrom: readonly { readonly from: AgencyId; readonly at: string }[];
  readonly interviews: readonly Interview[];
  readonly consultations: readonly StageConsultation[];
  readonly draft?: DraftDecision;
  readonly decisions: readonly IssuedDecision[];
  readonly reviews: readonly ReviewRecord[];
  /** Why the case ended without a decision (inadmissible, dismissed). */
  readonly closure?: { readonly reason: string; readonly at: string };
}

export interface ProcedureFacts {
  readonly casePseudonym: CasePseudonym;
  readonly decidingAgency: AgencyId;
  readonly firstResponder: AgencyId;
  readonly subjectIsChild: boolean;
  readonly referredAt: string;
}

export function initialProcedureState(facts: ProcedureFacts): ProcedureState {
  return {
    ...facts,
    phase: 'received',
    lastEventAt: facts.referredAt,
    stageIndex: 0,
    informationFrom: [],
    interviews: [],
    consultations: [],
    decisions: [],
    reviews: [],
  };
}

/** Opens the procedure for a referral received by the competent authority. */
export function openIdentificationProcedure(
  referral: Referral,
  decidingAgency: AgencyId,
): ProcedureState {
  return initialProcedureState({
    casePseudonym: referral.casePseudonym,
    decidingAgency,
    firstResponder: referral.referringAgency,
    subjectIsChild: isTreatedAsChild(referral.subject.age, referral.referredAt),
    referredAt: referral.referredAt,
  });
}

/** The decision stage the procedure is at; profiles guarantee at least one stage. */
export function currentStage(state: ProcedureState, profile: JurisdictionProfile): DecisionStage {
  const stage =
    profile.decisionStages[Math.min(state.stageIndex, profile.decisionStages.length - 1)];
  if (stage === undefined) {
    throw new RangeError('a jurisdiction profile has at least one decision stage');
  }
  return stage;
}

export const consultationsForStage = (state: ProcedureState, stage: string): ConsultationEntry[] =>
  state.consultations.filter((c) => c.stage === stage).map((c) => c.entry);

/**
 * The instant the procedure entered stage `index`: the referral for the first stage, else
 * the positive outcome of the previous stage (a granted decision, or an overturned refusal).
 */
export function stageOpenedAt(
  state: Pick<ProcedureState, 'referredAt' | 'decisions' | 'reviews'>,
  profile: JurisdictionProfile,
  index: number,
): string | undefined {
  if (index === 0) {
    return state.referredAt;
  }
  const previous = profile.decisionStages[index - 1]?.id;
  const granted = state.decisions.find((d) => d.stage === previous && d.outcome === 'granted');
  if (granted !== undefined) {
    return granted.issuedAt;
  }
  return state.reviews.find(
    (r) => r.of === 'refusal' && r.stage === previous && r.conclusion?.outcome === 'overturned',
  )?.conclusion?.decidedAt;
}

/**
 * Who made the decision a review is of, so that none of them sits on the panel: the drafter
 * and approver of the stage's last refusal, or the case worker who declared the referral
 * inadmissible. Undefined when there is none to review.
 */
export function reviewedDecisionMakers(
  s: ProcedureState,
  review: ReviewRecord,
): OriginalDecisionMakers | undefined {
  if (review.of === 'inadmissibility') {
    const cw = s.caseWorker;
    return cw === undefined ? undefined : { draftedBy: cw, approvedBy: cw, caseWorker: cw };
  }
  const refusal = [...s.decisions]
    .reverse()
    .find((d) => d.stage === review.stage && d.outcome === 'refused');
  return refusal === undefined
    ? undefined
    : { draftedBy: refusal.draftedBy, approvedBy: refusal.approvedBy, caseWorker: s.caseWorker };
}
