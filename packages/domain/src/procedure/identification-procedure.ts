import type { IdentificationCriterion } from '../criteria/identification-criterion.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { err, ok, violation, type Result, type RuleCheck, type RuleViolation } from '../result.js';
import { decisionCitesCriteria } from '../rules/decision-cites-criteria.js';
import { interviewNotAtPoliceStation } from '../rules/interview-not-at-police-station.js';
import { interviewWhenReady } from '../rules/interview-when-ready.js';
import { negativeDecisionRequiresConsultation } from '../rules/negative-decision-requires-consultation.js';
import { negativeDecisionRequiresMotivation } from '../rules/negative-decision-requires-motivation.js';
import { reviewPanelIndependent } from '../rules/review-panel-independent.js';
import { daysBetween, isBefore } from '../time.js';
import type { IssuedDecision } from './decision.js';
import type { Interview } from './interview.js';
import { sameOfficial, type Official } from './official.js';
import type { ProcedureEvent } from './procedure-event.js';
import {
  consultationsForStage,
  currentStage,
  reviewedDecisionMakers,
  stageOpenedAt,
  type ProcedureState,
} from './procedure-state.js';
import type { ReviewRecord } from './review.js';
import { isAllowed } from './transition-table.js';

/** What the procedure needs to know besides its state: the country's rules as data. */
export interface ProcedureContext {
  readonly profile: JurisdictionProfile;
  /**
   * The criteria decisions cite, from the operator's reference data (`loadReferenceData`);
   * the shipped, illustrative set when absent.
   */
  readonly criteria?: readonly IdentificationCriterion[];
}

type Violations = readonly [RuleViolation, ...RuleViolation[]];
type Step = Result<ProcedureState, Violations>;

const refuse = (first: RuleViolation, ...rest: RuleViolation[]): Step => err([first, ...rest]);
const notAllowed = (message: string, path?: readonly (string | number)[]): Step =>
  refuse(violation('TRANSITION_NOT_ALLOWED', message, path));
const guarded = (violations: RuleCheck, next: () => ProcedureState): Step => {
  const [first, ...rest] = violations;
  return first === undefined ? ok(next()) : err([first, ...rest]);
};
const advance = (next: ProcedureState): Step => ok(next);

const blank = (text: string): boolean => text.trim().length === 0;

function withoutDraft(state: ProcedureState): ProcedureState {
  const { draft: _draft, ...rest } = state;
  return rest;
}

function withoutClosure(state: ProcedureState): ProcedureState {
  const { closure: _closure, ...rest } = state;
  return rest;
}

function lastDecision(state: ProcedureState): IssuedDecision | undefined {
  return state.decisions[state.decisions.length - 1];
}

function replaceLastReview(state: ProcedureState, review: ReviewRecord): readonly ReviewRecord[] {
  return [...state.reviews.slice(0, -1), review];
}

/** After a positive outcome: victim status, or on to the next stage (UK: reasonable → conclusive grounds). */
function afterGrant(state: ProcedureState, ctx: ProcedureContext): ProcedureState {
  return currentStage(state, ctx.profile).conclusive
    ? { ...state, phase: 'granted' }
    : { ...state, phase: 'information-gathering', stageIndex: state.stageIndex + 1 };
}

const criteriaFacts = (s: ProcedureState, ctx: ProcedureContext) => ({
  subjectIsChild: s.subjectIsChild,
  ...(ctx.criteria === undefined ? {} : { criteria: ctx.criteria }),
});

function ofDecidingAgency(who: Official, state: ProcedureState, role: string): RuleCheck {
  return who.agency === state.decidingAgency
    ? []
    : [violation('TRANSITION_NOT_ALLOWED', `the ${role} must belong to ${state.decidingAgency}`)];
}

function step(state: ProcedureState, event: ProcedureEvent, ctx: ProcedureContext): Step {
  if (!isAllowed(state.phase, event.kind)) {
    return notAllowed(`"${event.kind}" is not allowed in phase "${state.phase}"`);
  }
  if (Number.isNaN(Date.parse(event.at))) {
    return notAllowed(`"${event.at}" is not an ISO instant`, ['at']);
  }
  if (isBefore(event.at, state.lastEventAt)) {
    return notAllowed(`event at ${event.at} precedes the last event at ${state.lastEventAt}`, [
      'at',
    ]);
  }
  const s: ProcedureState = { ...state, lastEventAt: event.at };
  const stage = currentStage(state, ctx.profile);

  switch (event.kind) {
    case 'assign-case-worker':
      return guarded(ofDecidingAgency(event.caseWorker, s, 'case worker'), () => ({
        ...s,
        phase: 'admissibility',
        caseWorker: event.caseWorker,
      }));
    case 'admit':
      return advance({ ...s, phase: 'information-gathering' });
    case 'declare-inadmissible':
    case 'dismiss':
      if (blank(event.reason)) {
        return notAllowed(`"${event.kind}" needs a recorded reason`, ['reason']);
      }
      return advance({
        ...withoutDraft(s),
        phase: event.kind === 'dismiss' ? 'dismissed' : 'inadmissible',
        closure: { reason: event.reason, at: event.at },
      });
    case 'receive-information':
      return advance({
        ...s,
        informationFrom: [...s.informationFrom, { from: event.from, at: event.at }],
      });
    case 'hold-interview': {
      const interview: Interview = { ...event.interview, at: event.at };
      const violations = [
        ...interviewNotAtPoliceStation(interview),
        ...interviewWhenReady(interview),
        // The two-interview limit is a rule of criminal proceedings (seed L2456-2459), not of
        // identification interviews: see proceedings/child-interviews.ts.
      ];
      return guarded(violations, () => ({
        ...s,
        phase: 'interview',
        interviews: [...s.interviews, interview],
      }));
    }
    case 'start-consultation':
      return advance({ ...s, phase: 'consultation' });
    case 'record-consultation':
      return advance({
        ...s,
        consultations: [
          ...s.consultations,
          { stage: stage.id, recordedAt: event.at, entry: event.entry },
        ],
      });
    case 'draft-decision': {
      const violations = [
        ...ofDecidingAgency(event.decision.draftedBy, s, 'drafter'),
        ...decisionCitesCriteria(event.decision, criteriaFacts(s, ctx)),
      ];
      return guarded(violations, () => ({
        ...s,
        phase: 'draft',
        draft: { ...event.decision, stage: stage.id, draftedAt: event.at },
      }));
    }
    case 'return-draft':
      if (blank(event.reason)) {
        return notAllowed('returning a draft needs a recorded reason', ['reason']);
      }
      return advance({ ...withoutDraft(s), phase: 'information-gathering' });
    case 'approve-decision':
      return approve(s, event.approvedBy, event.at, ctx);
    case 'request-review': {
      const review = ctx.profile.review;
      const of = s.phase === 'inadmissible' ? 'inadmissibility' : 'refusal';
      const decidedAt = of === 'inadmissibility' ? s.closure?.at : lastDecision(s)?.issuedAt;
      const violations: RuleViolation[] = [];
      if (!review.requestedBy.includes(event.requestedBy)) {
        violations.push(
          violation(
            'REVIEW_REQUEST_NOT_ENTITLED',
            `in ${ctx.profile.name} a review may be requested by ${review.requestedBy.join(', ')}, not the ${event.requestedBy}`,
            ['requestedBy'],
          ),
        );
      }
      if (
        review.requestWithinDays !== undefined &&
        decidedAt !== undefined &&
        daysBetween(decidedAt, event.at) > review.requestWithinDays
      ) {
        violations.push(
          violation(
            'REVIEW_REQUEST_NOT_ENTITLED',
            `a review must be requested within ${review.requestWithinDays} days of the decision`,
            ['at'],
          ),
        );
      }
      const request = {
        requestedBy: event.requestedBy,
        requestedAt: event.at,
        ...(event.agency === undefined ? {} : { agency: event.agency }),
        ...(event.grounds === undefined ? {} : { grounds: event.grounds }),
      };
      return guarded(violations, () => ({
        ...s,
        phase: 'review-requested',
        reviews: [...s.reviews, { stage: stage.id, of, request }],
      }));
    }
    case 'constitute-panel': {
      const current = s.reviews[s.reviews.length - 1];
      const makers = current === undefined ? undefined : reviewedDecisionMakers(s, current);
      if (current === undefined || makers === undefined) {
        return notAllowed('there is no refusal or inadmissibility under review');
      }
      const violations = reviewPanelIndependent(event.panel, makers, ctx.profile.review.kind);
      return guarded(violations, () => ({
        ...s,
        phase: 'under-review',
        reviews: replaceLastReview(s, {
          ...current,
          panel: event.panel,
          panelConstitutedAt: event.at,
        }),
      }));
    }
    case 'conclude-review': {
      const current = s.reviews[s.reviews.length - 1];
      if (current === undefined) {
        return notAllowed('there is no review to conclude');
      }
      const c = event.conclusion;
      const outcome = c.outcome === 'upheld' ? 'refused' : 'granted';
      const violations = [
        // Findings are on criteria, which an inadmissibility does not reach.
        ...(current.of === 'refusal'
          ? decisionCitesCriteria({ outcome, findings: c.findings }, criteriaFacts(s, ctx))
          : []),
        ...negativeDecisionRequiresMotivation(
          { outcome, motivation: c.motivation },
          s.firstResponder,
        ),
      ];
      return guarded(violations, () => {
        const concluded = {
          ...s,
          reviews: replaceLastReview(s, { ...current, conclusion: { ...c, decidedAt: event.at } }),
        };
        if (current.of === 'inadmissibility') {
          return c.outcome === 'upheld'
            ? { ...concluded, phase: 'inadmissibility-upheld' }
            : { ...withoutClosure(concluded), phase: 'information-gathering' };
        }
        return c.outcome === 'upheld'
          ? { ...concluded, phase: 'refusal-upheld' }
          : afterGrant(concluded, ctx);
      });
    }
  }
}

function approve(s: ProcedureState, approvedBy: Official, at: string, ctx: ProcedureContext): Step {
  const draft = s.draft;
  if (draft === undefined) {
    return notAllowed('there is no draft decision to approve');
  }
  const stage = currentStage(s, ctx.profile);
  const violations: RuleViolation[] = [...ofDecidingAgency(approvedBy, s, 'approving official')];
  if (sameOfficial(approvedBy, draft.draftedBy)) {
    // DOMAIN.md step 6: a senior official reviews and approves the draft.
    violations.push(
      violation(
        'TRANSITION_NOT_ALLOWED',
        'a draft must be approved by another official than its drafter',
        ['approvedBy'],
      ),
    );
  }
  const clockStart =
    stage.countFrom === 'referral' ? s.referredAt : stageOpenedAt(s, ctx.profile, s.stageIndex);
  if (
    stage.notBeforeDays !== undefined &&
    clockStart !== undefined &&
    daysBetween(clockStart, at) < stage.notBeforeDays
  ) {
    const from = stage.countFrom === 'referral' ? 'referral' : 'the previous positive decision';
    violations.push(
      violation(
        'DECISION_TOO_EARLY',
        `the ${stage.label} may not be issued before day ${stage.notBeforeDays} after ${from}`,
        ['at'],
      ),
    );
  }
  violations.push(
    ...decisionCitesCriteria(draft, criteriaFacts(s, ctx)),
    ...negativeDecisionRequiresMotivation(draft, s.firstResponder),
    ...negativeDecisionRequiresConsultation(
      draft.outcome,
      consultationsForStage(s, stage.id),
      at,
      ctx.profile.consultationBeforeRefusal.minimumDaysToRespond,
    ),
  );
  return guarded(violations, () => {
    const issued = {
      ...withoutDraft(s),
      decisions: [...s.decisions, { ...draft, approvedBy, issuedAt: at }],
    };
    return draft.outcome === 'refused' ? { ...issued, phase: 'refused' } : afterGrant(issued, ctx);
  });
}

/**
 * Every rule that blocks `event` in `state` (empty when it is allowed). `transition` reports
 * the first; the admin app can show them all.
 */
export function procedureGuards(
  state: ProcedureState,
  event: ProcedureEvent,
  ctx: ProcedureContext,
): RuleCheck {
  const r = step(state, event, ctx);
  return r.ok ? [] : r.error;
}

/**
 * The identification procedure as a pure state machine driven by the jurisdiction profile's
 * decision stages. An event the phase does not accept yields TRANSITION_NOT_ALLOWED; an
 * event a rule blocks yields that rule's code (e.g. approving a refusal before the
 * multi-agency consultation yields NEGATIVE_DECISION_REQUIRES_CONSULTATION).
 */
export function transition(
  state: ProcedureState,
  event: ProcedureEvent,
  ctx: ProcedureContext,
): Result<ProcedureState, RuleViolation> {
  const r = step(state, event, ctx);
  return r.ok ? r : err(r.error[0]);
}
