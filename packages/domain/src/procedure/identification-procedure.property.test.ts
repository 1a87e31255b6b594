import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM, type JurisdictionProfile } from '../jurisdiction/index.js';
import { RULE_CODES } from '../rules/rule-codes.js';
import { addDays } from '../time.js';
import {
  CASE_WORKER,
  DRAFTER,
  finding,
  fullConsultation,
  grant,
  interviewDetails,
  motivation,
  official,
  PANEL,
  POLICE,
  readiness,
  refusal,
  SENIOR,
} from './__fixtures__/identification.js';
import { OVERTURN, start, UPHOLD } from './__fixtures__/procedure-events.js';
import { transition } from './identification-procedure.js';
import type { ProcedureEvent } from './procedure-event.js';
import { procedureInvariantViolations } from './procedure-invariants.js';
import {
  consultationsForStage,
  currentStage,
  PROCEDURE_PHASES,
  TERMINAL_PHASES,
  type ProcedureState,
} from './procedure-state.js';
import { isAllowed } from './transition-table.js';

/**
 * Event templates: each builds an event for a state at a time. Valid and invalid variants
 * of every event kind, so random walks exercise both the guards and the happy paths.
 */
type Template = (s: ProcedureState, at: string, profile: JurisdictionProfile) => ProcedureEvent;

/** The next consultation role not yet recorded for the stage (so walks can complete a consultation). */
const nextConsultation: Template = (s, at, profile) => {
  const done = new Set(consultationsForStage(s, currentStage(s, profile).id).map((e) => e.role));
  const entry = fullConsultation(at).find((e) => !done.has(e.role)) ?? fullConsultation(at)[0]!;
  return { kind: 'record-consultation', at, entry };
};

const VALID: Record<string, Template> = {
  assign: (_s, at) => ({ kind: 'assign-case-worker', at, caseWorker: CASE_WORKER }),
  admit: (_s, at) => ({ kind: 'admit', at }),
  inadmissible: (_s, at) => ({
    kind: 'declare-inadmissible',
    at,
    reason: 'no indication of trafficking',
  }),
  info: (_s, at) => ({ kind: 'receive-information', at, from: POLICE }),
  interview: (_s, at) => ({
    kind: 'hold-interview',
    at,
    interview: interviewDetails({ readiness: readiness({ assessedAt: at }) }),
  }),
  consult: (_s, at) => ({ kind: 'start-consultation', at }),
  record: nextConsultation,
  draftGrant: (_s, at) => ({ kind: 'draft-decision', at, decision: grant() }),
  draftRefusal: (_s, at) => ({ kind: 'draft-decision', at, decision: refusal() }),
  returnDraft: (_s, at) => ({ kind: 'return-draft', at, reason: 'more information needed' }),
  approve: (_s, at) => ({ kind: 'approve-decision', at, approvedBy: SENIOR }),
  dismiss: (_s, at) => ({ kind: 'dismiss', at, reason: 'no longer available' }),
  request: (_s, at, profile) => ({
    kind: 'request-review',
    at,
    requestedBy: profile.review.requestedBy[0]!,
  }),
  panel: (_s, at) => ({ kind: 'constitute-panel', at, panel: PANEL }),
  overturn: (_s, at) => ({ kind: 'conclude-review', at, conclusion: OVERTURN }),
  uphold: (_s, at) => ({ kind: 'conclude-review', at, conclusion: UPHOLD }),
};

const INVALID: Record<string, Template> = {
  assignOutsider: (_s, at) => ({
    kind: 'assign-case-worker',
    at,
    caseWorker: official('officer-1', POLICE),
  }),
  inadmissibleBlank: (_s, at) => ({ kind: 'declare-inadmissible', at, reason: ' ' }),
  interviewAtPolice: (_s, at) => ({
    kind: 'hold-interview',
    at,
    interview: interviewDetails({
      setting: 'police-station',
      readiness: readiness({ assessedAt: at }),
    }),
  }),
  interviewNotReady: (_s, at) => ({
    kind: 'hold-interview',
    at,
    interview: interviewDetails({ readiness: readiness({ assessedAt: at, ready: false }) }),
  }),
  interviewTraumatised: (_s, at) => ({
    kind: 'hold-interview',
    at,
    interview: interviewDetails({
      readiness: readiness({ assessedAt: at, particularlyTraumatised: true }),
    }),
  }),
  recordBlankReason: (_s, at) => ({
    kind: 'record-consultation',
    at,
    entry: { status: 'not-consulted', role: 'police', reason: '' },
  }),
  draftUnmotivated: (_s, at) => ({
    kind: 'draft-decision',
    at,
    decision: { ...refusal(), motivation: { ...motivation(), sendTo: [] } },
  }),
  draftCriminalCaseOnly: (_s, at) => ({
    kind: 'draft-decision',
    at,
    decision: {
      ...refusal(),
      findings: [finding('crit.act', 'not-met', ['criminal-case-outcome'])],
    },
  }),
  draftMeansOfChild: (_s, at) => ({
    kind: 'draft-decision',
    at,
    decision: { ...refusal(), findings: [finding('crit.means', 'not-met')] },
  }),
  draftBySenior: (_s, at) => ({ kind: 'draft-decision', at, decision: grant(SENIOR) }),
  approveByDrafter: (_s, at) => ({ kind: 'approve-decision', at, approvedBy: DRAFTER }),
  approveByCaseWorker: (_s, at) => ({ kind: 'approve-decision', at, approvedBy: CASE_WORKER }),
  requestBySubject: (_s, at) => ({ kind: 'request-review', at, requestedBy: 'subject' }),
  requestBySupport: (_s, at) => ({ kind: 'request-review', at, requestedBy: 'support-provider' }),
  panelWithApprover: (_s, at) => ({ kind: 'constitute-panel', at, panel: [PANEL[0]!, SENIOR] }),
  panelOfColleague: (_s, at) => ({
    kind: 'constitute-panel',
    at,
    panel: [official('cw-colleague')],
  }),
  panelWithCaseWorker: (_s, at) => ({ kind: 'constitute-panel', at, panel: [CASE_WORKER] }),
  upholdUnmotivated: (_s, at) => ({
    kind: 'conclude-review',
    at,
    conclusion: { outcome: 'upheld', findings: refusal().findings },
  }),
  dismissBlank: (_s, at) => ({ kind: 'dismiss', at, reason: '' }),
};

const ALL: Record<string, Template> = { ...VALID, ...INVALID };
const DETOURS = ['dismiss', 'inadmissible', 'returnDraft'];
const NAMES = Object.keys(ALL);

interface Step {
  readonly pick: number;
  /**
   * 0: any template (often illegal for the phase); 1: any the phase accepts, invalid variants
   * included; 2: a valid one the phase accepts; above: the same without detours (dismissal, inadmissibility, returned drafts), so
   * that walks also go deep (reviews, the UK's second stage).
   */
  readonly wild: number;
  readonly gapHours: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(),
  wild: fc.integer({ min: 0, max: 7 }),
  // Mostly forward in time, sometimes backwards (which must be refused).
  gapHours: fc.integer({ min: -48, max: 24 * 12 }),
});

const scenarioArb = fc.record({
  profile: fc.constantFrom(SERBIA, UNITED_KINGDOM),
  child: fc.boolean(),
  steps: fc.array(stepArb, { maxLength: 60, size: 'max' }),
});

interface Applied {
  readonly before: ProcedureState;
  readonly event: ProcedureEvent;
  readonly result: ReturnType<typeof transition>;
}

/** Walks a random event sequence, mostly through events the phase accepts. */
function walk(profile: JurisdictionProfile, child: boolean, steps: readonly Step[]): Applied[] {
  let state = start(child);
  const log: Applied[] = [];
  for (const step of steps) {
    const at = addDays(state.lastEventAt, step.gapHours / 24);
    const accepted = NAMES.filter((n) => isAllowed(state.phase, ALL[n]!(state, at, profile).kind));
    const preferred = accepted.filter(
      (n) => n in VALID && (step.wild === 2 || !DETOURS.includes(n)),
    );
    const pool =
      step.wild === 0 || accepted.length === 0
        ? NAMES
        : step.wild === 1 || preferred.length === 0
          ? accepted
          : preferred;
    const event = ALL[pool[step.pick % pool.length]!]!(state, at, profile);
    const before = structuredClone(state);
    const result = transition(state, event, { profile });
    expect(state, 'transition never mutates its input').toEqual(before);
    log.push({ before: state, event, result });
    if (result.ok) {
      state = result.value;
    }
  }
  return log;
}

const RUNS = { numRuns: 300 };

describe('identification procedure properties', () => {
  it('no event sequence reaches a state that breaks an invariant', () => {
    fc.assert(
      fc.property(scenarioArb, ({ profile, child, steps }) => {
        for (const { result } of walk(profile, child, steps)) {
          if (result.ok) {
            expect(procedureInvariantViolations(result.value, profile)).toEqual([]);
          }
        }
      }),
      RUNS,
    );
  });

  it('every refused event returns a typed error naming a known rule', () => {
    fc.assert(
      fc.property(scenarioArb, ({ profile, child, steps }) => {
        for (const { result } of walk(profile, child, steps)) {
          if (!result.ok) {
            expect(RULE_CODES).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('an event the phase does not accept is refused with TRANSITION_NOT_ALLOWED, and terminal phases accept none', () => {
    fc.assert(
      fc.property(scenarioArb, ({ profile, child, steps }) => {
        for (const { before, event, result } of walk(profile, child, steps)) {
          if (!isAllowed(before.phase, event.kind)) {
            expect(result).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } });
          }
          if (TERMINAL_PHASES.includes(before.phase)) {
            expect(result.ok).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('random walks are not vacuous: they reach every phase, reviews and refusals included', () => {
    const reached = new Map<string, number>();
    for (const { profile, child, steps } of fc.sample(scenarioArb, {
      numRuns: 300,
      seed: 20260302,
    })) {
      for (const { result } of walk(profile, child, steps)) {
        if (result.ok) {
          reached.set(result.value.phase, (reached.get(result.value.phase) ?? 0) + 1);
        }
      }
    }
    expect([...reached.keys()].sort()).toEqual(
      PROCEDURE_PHASES.filter((p) => p !== 'received').sort(),
    );
  });

  it('transition is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, ({ profile, child, steps }) => {
        const a = walk(profile, child, steps).map((x) => x.result);
        const b = walk(profile, child, steps).map((x) => x.result);
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});

/** Breadth-first search over the valid templates: which phases can be reached at all. */
function reachablePhases(profile: JurisdictionProfile, child: boolean): Set<string> {
  const key = (s: ProcedureState) =>
    [
      s.phase,
      s.stageIndex,
      Math.min(s.interviews.length, 2),
      s.consultations.length,
      s.draft?.outcome,
      s.decisions.length,
      s.reviews.length,
    ].join('|');
  const seen = new Set<string>();
  const phases = new Set<string>();
  let frontier = [start(child)];
  for (let depth = 0; depth < 20 && frontier.length > 0; depth += 1) {
    const next: ProcedureState[] = [];
    for (const s of frontier) {
      phases.add(s.phase);
      expect(procedureInvariantViolations(s, profile)).toEqual([]);
      // Sixteen days per step: the UK conclusive-grounds decision waits 30 days from the
      // positive reasonable-grounds decision, and the search keeps one state per key.
      const at = addDays(s.lastEventAt, 16);
      for (const template of Object.values(VALID)) {
        const r = transition(s, template(s, at, profile), { profile });
        if (r.ok && !seen.has(key(r.value))) {
          seen.add(key(r.value));
          next.push(r.value);
        }
      }
    }
    frontier = next;
  }
  return phases;
}

describe('reachability', () => {
  for (const profile of [SERBIA, UNITED_KINGDOM]) {
    for (const child of [false, true]) {
      it(`every phase, every terminal one included, is reachable in ${profile.name} (${child ? 'child' : 'adult'})`, () => {
        const reached = reachablePhases(profile, child);
        for (const terminal of TERMINAL_PHASES) {
          expect(reached, terminal).toContain(terminal);
        }
        expect([...reached].sort()).toEqual([...PROCEDURE_PHASES].sort());
      });
    }
  }
});
