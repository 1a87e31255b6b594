import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM, type JurisdictionProfile } from '../jurisdiction/index.js';
import { Referral } from '../referral/referral.js';
import {
  ASTRA,
  CASE_WORKER,
  CPTV,
  DRAFTER,
  finding,
  grant,
  official,
  POLICE,
  refusal,
  SENIOR,
} from './__fixtures__/identification.js';
import {
  consultAll,
  consultOnly,
  day,
  ev,
  OVERTURN,
  start,
  UPHOLD,
} from './__fixtures__/procedure-events.js';
import { procedureGuards, transition } from './identification-procedure.js';
import type { ProcedureEvent } from './procedure-event.js';
import { procedureInvariantViolations } from './procedure-invariants.js';
import { replayProcedure } from './procedure-replay.js';
import {
  currentStage,
  openIdentificationProcedure,
  type ProcedureState,
} from './procedure-state.js';

const rs = { profile: SERBIA };
const uk = { profile: UNITED_KINGDOM };

/** Replays events that must all apply, and checks the invariants of the result. */
function reach(
  events: readonly ProcedureEvent[],
  ctx = rs,
  initial: ProcedureState = start(),
): ProcedureState {
  const r = replayProcedure(initial, events, ctx);
  if (!r.ok) {
    throw new Error(
      `event ${r.error.index} (${r.error.event.kind}) refused: ${r.error.violation.code} ${r.error.violation.message}`,
    );
  }
  expect(procedureInvariantViolations(r.value, ctx.profile)).toEqual([]);
  return r.value;
}

const codeOf = (state: ProcedureState, event: ProcedureEvent, ctx = rs) => {
  const r = transition(state, event, ctx);
  return r.ok ? 'ok' : r.error.code;
};

const investigating = [ev.assign(0), ev.admit(1), ev.info(2)];

describe('identification procedure, Serbia (one conclusive stage)', () => {
  it('S2: a refusal is blocked until the multi-agency consultation, then issued, reviewed by a panel and overturned', () => {
    const drafted = reach([...investigating, ev.interview(5), ev.draft(20, refusal())]);
    expect(drafted.phase).toBe('draft');
    expect(codeOf(drafted, ev.approve(21))).toBe('NEGATIVE_DECISION_REQUIRES_CONSULTATION');
    // Consulting only ASTRA is not enough.
    const partly = reach(consultOnly(22, ['referring-agency', 'support-provider']), rs, drafted);
    expect(procedureGuards(partly, ev.approve(23), rs).map((v) => v.message)).toEqual([
      expect.stringMatching(/competent-csw/),
      expect.stringMatching(/police/),
    ]);
    const refused = reach([...consultAll(25), ev.approve(30)], rs, drafted);
    expect(refused.phase).toBe('refused');
    expect(refused.decisions[0]).toMatchObject({
      outcome: 'refused',
      approvedBy: SENIOR,
      issuedAt: day(30),
      stage: 'identification',
    });

    const requested = reach([ev.requestReview(35)], rs, refused);
    expect(codeOf(requested, ev.panel(36, [official('judge-x', POLICE), SENIOR]))).toBe(
      'REVIEW_PANEL_INDEPENDENT',
    );
    const granted = reach([ev.panel(36), ev.conclude(50, OVERTURN)], rs, requested);
    expect(granted.phase).toBe('granted');
    expect(granted.reviews[0]?.conclusion?.outcome).toBe('overturned');
  });

  it('a review may uphold the refusal, with reasons', () => {
    const underReview = reach([
      ...investigating,
      ev.draft(10, refusal()),
      ...consultAll(11),
      ev.approve(12),
      ev.requestReview(13),
      ev.panel(14),
    ]);
    const { motivation: _m, ...withoutReasons } = UPHOLD;
    expect(codeOf(underReview, ev.conclude(20, withoutReasons))).toBe(
      'NEGATIVE_DECISION_REQUIRES_MOTIVATION',
    );
    expect(codeOf(underReview, ev.conclude(20, { outcome: 'overturned', findings: [] }))).toBe(
      'DECISION_CITES_CRITERIA',
    );
    expect(reach([ev.conclude(20, UPHOLD)], rs, underReview).phase).toBe('refusal-upheld');
  });

  it('grants status on a draft approved by a senior official, citing criteria', () => {
    const s = reach([...investigating, ev.draft(8, grant()), ev.approve(9)]);
    expect(s.phase).toBe('granted');
    expect(s.decisions.map((d) => d.outcome)).toEqual(['granted']);
  });

  it('refuses a refusal without motivation, a draft citing no criteria, and self-approval', () => {
    const base = reach(investigating);
    const { motivation: _m, ...unmotivated } = refusal();
    const drafted = reach([ev.draft(5, unmotivated), ...consultAll(6)], rs, base);
    expect(codeOf(drafted, ev.approve(7))).toBe('NEGATIVE_DECISION_REQUIRES_MOTIVATION');
    expect(
      codeOf(base, ev.draft(5, { ...grant(), findings: [finding('crit.gut-feeling', 'met')] })),
    ).toBe('DECISION_CITES_CRITERIA');
    const own = reach([ev.draft(5, grant(DRAFTER))], rs, base);
    expect(transition(own, ev.approve(6, DRAFTER), rs)).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', path: ['approvedBy'] },
    });
  });

  it('S3: a refusal resting only on a criminal case dismissed abroad cannot even be drafted', () => {
    const base = reach(investigating);
    const s3 = {
      ...refusal(),
      findings: [
        finding('crit.act', 'met'),
        finding('crit.means', 'not-met', ['criminal-case-outcome']),
      ],
    };
    expect(codeOf(base, ev.draft(5, s3))).toBe('DECISION_CITES_CRITERIA');
  });

  it('a returned draft goes back to information gathering', () => {
    const s = reach([...investigating, ev.draft(5, grant()), ev.returnDraft(6)]);
    expect(s.phase).toBe('information-gathering');
    expect(s.draft).toBeUndefined();
    expect(codeOf(s, ev.returnDraft(7, ' '), rs)).toBe('TRANSITION_NOT_ALLOWED');
    const again = reach([ev.draft(8, grant())], rs, s);
    expect(transition(again, ev.returnDraft(9, ' '), rs)).toMatchObject({
      ok: false,
      error: { path: ['reason'] },
    });
  });

  it('ends as inadmissible or dismissed only with a recorded reason', () => {
    const assessing = reach([ev.assign(0)]);
    expect(reach([ev.inadmissible(1)], rs, assessing).phase).toBe('inadmissible');
    expect(codeOf(assessing, ev.inadmissible(1, '  '))).toBe('TRANSITION_NOT_ALLOWED');
    const drafted = reach([...investigating, ev.draft(5, grant())]);
    const dismissed = reach([ev.dismiss(6)], rs, drafted);
    expect(dismissed).toMatchObject({ phase: 'dismissed', closure: { at: day(6) } });
    expect(dismissed.draft).toBeUndefined();
    expect(codeOf(start(), ev.dismiss(1, ''))).toBe('TRANSITION_NOT_ALLOWED');
    expect(reach([ev.dismiss(1)]).phase).toBe('dismissed');
  });

  it('reviews an inadmissible referral on request (L309-317): overturned, the case is admitted', () => {
    const rejected = reach([ev.assign(0), ev.inadmissible(1)]);
    const requested = reach([ev.requestReview(3)], rs, rejected);
    expect(requested).toMatchObject({ phase: 'review-requested', closure: { at: day(1) } });
    expect(requested.reviews[0]).toMatchObject({ of: 'inadmissibility' });
    // The case worker who rejected the referral may not sit on the panel.
    expect(codeOf(requested, ev.panel(4, [CASE_WORKER]))).toBe('REVIEW_PANEL_INDEPENDENT');
    const overturned = reach([ev.panel(4), ev.conclude(10, OVERTURN)], rs, requested);
    expect(overturned.phase).toBe('information-gathering');
    expect(overturned.closure).toBeUndefined();
    expect(procedureInvariantViolations(overturned, SERBIA)).toEqual([]);
  });

  it('an upheld inadmissibility is final and needs a motivation', () => {
    const underReview = reach([ev.assign(0), ev.inadmissible(1), ev.requestReview(3), ev.panel(4)]);
    expect(codeOf(underReview, ev.conclude(10, { outcome: 'upheld', findings: [] }))).toBe(
      'NEGATIVE_DECISION_REQUIRES_MOTIVATION',
    );
    const upheld = reach([ev.conclude(10, { ...UPHOLD, findings: [] })], rs, underReview);
    expect(upheld.phase).toBe('inadmissibility-upheld');
    expect(procedureInvariantViolations(upheld, SERBIA)).toEqual([]);
    expect(codeOf(upheld, ev.requestReview(11))).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('a review of an inadmissibility is requested by those the profile entitles', () => {
    const rejected = reach([ev.assign(0), ev.inadmissible(1)], uk, start());
    expect(codeOf(rejected, ev.requestReview(3, 'subject'), uk)).toBe(
      'REVIEW_REQUEST_NOT_ENTITLED',
    );
  });

  it('an NGO may give an opinion during identification, before any draft (L342-346)', () => {
    const base = reach(investigating);
    const opinion = {
      status: 'consulted' as const,
      role: 'other' as const,
      agency: ASTRA,
      requestedAt: day(3),
      opinion: 'indicators of forced labour seen at the outreach visit',
    };
    const s = reach([ev.record(4, opinion)], rs, base);
    expect(s.phase).toBe('information-gathering');
    expect(s.consultations).toHaveLength(1);
  });

  it('only officials of the deciding agency work the case', () => {
    expect(codeOf(start(), ev.assign(0, official('cw-1', POLICE)))).toBe('TRANSITION_NOT_ALLOWED');
    const base = reach(investigating);
    expect(codeOf(base, ev.draft(5, grant(official('officer-1', POLICE))))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    const drafted = reach([ev.draft(5, grant())], rs, base);
    expect(codeOf(drafted, ev.approve(6, official('senior-x', POLICE)))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
  });
});

describe('interview guards', () => {
  const base = reach(investigating);

  it('refuses an interview at a police station', () => {
    expect(codeOf(base, ev.interview(5, { setting: 'police-station' }))).toBe(
      'INTERVIEW_NOT_AT_POLICE_STATION',
    );
  });

  it('refuses an interview without a readiness assessment, or when not ready', () => {
    const { readiness: _r, ...noAssessment } = (
      ev.interview(5) as Extract<ProcedureEvent, { kind: 'hold-interview' }>
    ).interview;
    expect(codeOf(base, { kind: 'hold-interview', at: day(5), interview: noAssessment })).toBe(
      'INTERVIEW_WHEN_READY',
    );
    expect(
      codeOf(base, ev.interview(5, { readiness: { ...grantReadiness(), ready: false } })),
    ).toBe('INTERVIEW_WHEN_READY');
  });

  it('S1: the two-interview limit of criminal proceedings does not bar identification interviews (L2456-2459)', () => {
    const child = reach(investigating, rs, start(true));
    const twice = reach(
      [
        ev.interview(5, { setting: 'child-friendly-room' }),
        ev.interview(8, { setting: 'csw-premises' }),
      ],
      rs,
      child,
    );
    expect(codeOf(twice, ev.interview(12))).toBe('ok');
    // Sparing a particularly traumatised child is a possibility, not a bar.
    expect(
      codeOf(
        child,
        ev.interview(5, { readiness: { ...grantReadiness(), particularlyTraumatised: true } }),
      ),
    ).toBe('ok');
  });
});

function grantReadiness() {
  return {
    assessedAt: day(4),
    assessedBy: CASE_WORKER,
    stabilised: true,
    ready: true,
    particularlyTraumatised: false,
  };
}

describe('identification procedure, United Kingdom (reasonable then conclusive grounds)', () => {
  it('a positive reasonable-grounds decision opens the conclusive stage, not before 30 days after it', () => {
    const rg = reach([...investigating, ev.draft(3, grant()), ev.approve(4)], uk);
    expect(rg).toMatchObject({ phase: 'information-gathering', stageIndex: 1 });
    expect(currentStage(rg, UNITED_KINGDOM).id).toBe('conclusive-grounds');
    const cgDraft = reach([ev.interview(10), ev.draft(12, grant())], uk, rg);
    // Day 30 after referral is only day 26 after the reasonable-grounds decision.
    expect(transition(cgDraft, ev.approve(30), uk)).toMatchObject({
      ok: false,
      error: {
        code: 'DECISION_TOO_EARLY',
        path: ['at'],
        message: expect.stringMatching(/day 30 after the previous positive decision/),
      },
    });
    const cg = reach([ev.approve(34)], uk, cgDraft);
    expect(cg.phase).toBe('granted');
    expect(cg.decisions.map((d) => d.stage)).toEqual(['reasonable-grounds', 'conclusive-grounds']);
  });

  it('reconsideration of a negative reasonable-grounds decision is asked by the first responder or support provider', () => {
    const refused = reach(
      [...investigating, ev.draft(3, refusal()), ...consultAll(3), ev.approve(4)],
      uk,
    );
    expect(transition(refused, ev.requestReview(6, 'subject'), uk)).toMatchObject({
      ok: false,
      error: { code: 'REVIEW_REQUEST_NOT_ENTITLED', path: ['requestedBy'] },
    });
    // A reconsideration may be done by other officials of the same authority.
    const overturned = reach(
      [
        ev.requestReview(6, 'first-responder'),
        ev.panel(7, [official('senior-other', CPTV)]),
        ev.conclude(9, OVERTURN),
      ],
      uk,
      refused,
    );
    expect(overturned).toMatchObject({ phase: 'information-gathering', stageIndex: 1 });
  });

  it('a profile with a time limit refuses a late review request', () => {
    const limited: JurisdictionProfile = {
      ...SERBIA,
      review: { ...SERBIA.review, requestWithinDays: 15 },
    };
    const ctx = { profile: limited };
    const refused = reach(
      [...investigating, ev.draft(5, refusal()), ...consultAll(5), ev.approve(6)],
      ctx,
    );
    expect(codeOf(refused, ev.requestReview(22), ctx)).toBe('REVIEW_REQUEST_NOT_ENTITLED');
    expect(codeOf(refused, ev.requestReview(21), ctx)).toBe('ok');
  });
});

describe('transition refuses what the phase does not accept', () => {
  it('names TRANSITION_NOT_ALLOWED for an event out of place and for every event after a terminal phase', () => {
    expect(transition(start(), ev.approve(1), rs)).toMatchObject({
      ok: false,
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: '"approve-decision" is not allowed in phase "received"',
      },
    });
    const granted = reach([...investigating, ev.draft(5, grant()), ev.approve(6)]);
    for (const e of [ev.dismiss(7), ev.requestReview(7), ev.info(7), ev.assign(7)]) {
      expect(codeOf(granted, e)).toBe('TRANSITION_NOT_ALLOWED');
    }
  });

  it('refuses an event earlier than the last one, or with a malformed time', () => {
    const s = reach([ev.assign(3)]);
    expect(transition(s, ev.admit(2), rs)).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', path: ['at'] },
    });
    expect(transition(s, { kind: 'admit', at: 'yesterday' }, rs)).toMatchObject({
      ok: false,
      error: { path: ['at'] },
    });
  });

  it('refuses forged states that claim a phase without its records', () => {
    const forged = reach(investigating);
    expect(codeOf({ ...forged, phase: 'draft' }, ev.approve(5))).toBe('TRANSITION_NOT_ALLOWED');
    expect(codeOf({ ...forged, phase: 'review-requested' }, ev.panel(5))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    expect(codeOf({ ...forged, phase: 'under-review' }, ev.conclude(5, OVERTURN))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    expect(() => currentStage(forged, { ...SERBIA, decisionStages: [] })).toThrow(RangeError);
  });

  it('replay reports the first event refused, with its index and the state before it', () => {
    const r = replayProcedure(start(), [ev.assign(0), ev.approve(1), ev.admit(2)], rs);
    expect(r).toMatchObject({
      ok: false,
      error: {
        index: 1,
        violation: { code: 'TRANSITION_NOT_ALLOWED' },
        state: { phase: 'admissibility' },
      },
    });
  });
});

describe('openIdentificationProcedure', () => {
  it('opens a referral of a person with a disputed age as a child (AGE_DISPUTED_TREATED_AS_CHILD)', () => {
    const referral = Referral.parse({
      id: 'ref_01J9ZK3W6Q5N8R2T4V',
      casePseudonym: 'case_7QK2M9X4B1R8T3W6',
      subject: {
        pseudonym: 'sub_4F8K2M7Q9X1B3R5T',
        age: { status: 'disputed', claimedAge: 19 },
        gender: 'male',
        citizenship: ['AF'],
        migrationStatus: 'asylum-seeker',
      },
      referringAgency: 'rs.atina',
      channel: 'ngo',
      referredAt: '2026-04-01T10:00:00Z',
      recipients: ['rs.cptv', 'rs.csw.belgrade'],
      exploitation: { forms: ['labour'], domestic: false, countriesOfExploitation: ['TR'] },
      interpreter: { needed: true, language: 'ps' },
      area: 'RS-00-obrenovac',
    });
    const s = openIdentificationProcedure(referral, CPTV);
    expect(s).toMatchObject({
      phase: 'received',
      subjectIsChild: true,
      firstResponder: 'rs.atina',
      lastEventAt: referral.referredAt,
    });
    expect(procedureInvariantViolations(s, SERBIA)).toEqual([]);
  });
});
