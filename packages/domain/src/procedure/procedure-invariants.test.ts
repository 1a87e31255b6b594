import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { DRAFTER, grant, PANEL, refusal, SENIOR } from './__fixtures__/identification.js';
import { consultAll, day, ev, OVERTURN, start } from './__fixtures__/procedure-events.js';
import { procedureInvariantViolations } from './procedure-invariants.js';
import { replayProcedure } from './procedure-replay.js';
import type { ProcedureEvent } from './procedure-event.js';
import type { ProcedureState } from './procedure-state.js';

const reach = (events: ProcedureEvent[], profile = SERBIA, initial = start()): ProcedureState => {
  const r = replayProcedure(initial, events, { profile });
  if (!r.ok) {
    throw new Error(r.error.violation.message);
  }
  return r.value;
};

const investigating = [ev.assign(0), ev.admit(1)];
const refused = () =>
  reach([...investigating, ev.draft(5, refusal()), ...consultAll(5), ev.approve(6)]);

/** The checker must catch broken states, or the property tests would prove nothing. */
describe('procedureInvariantViolations', () => {
  it('finds nothing wrong with states the procedure reaches', () => {
    expect(procedureInvariantViolations(refused(), SERBIA)).toEqual([]);
    expect(
      procedureInvariantViolations(
        reach([...investigating, ev.draft(3, grant()), ev.approve(4)], UNITED_KINGDOM),
        UNITED_KINGDOM,
      ),
    ).toEqual([]);
  });

  it('catches a granted phase without a positive conclusive decision', () => {
    expect(
      procedureInvariantViolations({ ...reach(investigating), phase: 'granted' }, SERBIA),
    ).toContain('granted without a positive decision at the conclusive stage');
    const rg = reach([...investigating, ev.draft(3, grant()), ev.approve(4)], UNITED_KINGDOM);
    expect(procedureInvariantViolations({ ...rg, phase: 'granted' }, UNITED_KINGDOM)).toContain(
      'granted without a positive decision at the conclusive stage',
    );
  });

  it('catches a refusal issued without consultation or motivation, or approved by its drafter', () => {
    const s = refused();
    const d = s.decisions[0]!;
    const { motivation: _m, ...unmotivated } = d;
    const broken = procedureInvariantViolations(
      { ...s, consultations: [], decisions: [{ ...unmotivated, approvedBy: DRAFTER }] },
      SERBIA,
    );
    expect(broken).toEqual([
      'decision 0 approved by its drafter',
      expect.stringMatching(
        /^decision 0 breaks NEGATIVE_DECISION_REQUIRES_MOTIVATION, .*NEGATIVE_DECISION_REQUIRES_CONSULTATION/,
      ),
    ]);
  });

  it('catches a conclusive decision issued too early and a stage index out of range', () => {
    const rg = reach([...investigating, ev.draft(3, grant()), ev.approve(4)], UNITED_KINGDOM);
    const early = {
      ...grant(),
      stage: 'conclusive-grounds',
      draftedAt: day(5),
      approvedBy: SENIOR,
      issuedAt: day(6),
    };
    const broken = procedureInvariantViolations(
      { ...rg, phase: 'granted', decisions: [...rg.decisions, early] },
      UNITED_KINGDOM,
    );
    expect(broken).toEqual(['decision 1 issued before day 30']);
    expect(procedureInvariantViolations({ ...rg, stageIndex: 2 }, UNITED_KINGDOM)[0]).toMatch(
      /outside the profile/,
    );
    expect(
      procedureInvariantViolations({ ...reach(investigating), stageIndex: 1 }, UNITED_KINGDOM),
    ).toContain('at stage 1 without a positive outcome at stage reasonable-grounds');
  });

  it('catches interviews that break the interview rules; a third interview of a child is no breach', () => {
    const child = reach([...investigating, ev.interview(3), ev.interview(4)], SERBIA, start(true));
    const third = { ...child.interviews[0]!, at: day(5), setting: 'police-station' as const };
    expect(
      procedureInvariantViolations({ ...child, interviews: [...child.interviews, third] }, SERBIA),
    ).toEqual(['interview 2 breaks INTERVIEW_NOT_AT_POLICE_STATION']);
  });

  it('catches phases that disagree with drafts, closures, case workers and reviews', () => {
    const base = reach(investigating);
    expect(procedureInvariantViolations({ ...base, phase: 'draft' }, SERBIA)).toEqual([
      'phase draft without a pending draft',
    ]);
    expect(procedureInvariantViolations({ ...base, phase: 'dismissed' }, SERBIA)).toEqual([
      'phase dismissed and closure record disagree',
    ]);
    const { caseWorker: _c, ...unassigned } = base;
    expect(procedureInvariantViolations(unassigned, SERBIA)).toEqual([
      'phase information-gathering without a case worker',
    ]);
    expect(procedureInvariantViolations({ ...base, lastEventAt: day(-1) }, SERBIA)).toEqual([
      'last event before the referral',
    ]);
    const r = refused();
    expect(procedureInvariantViolations({ ...r, phase: 'under-review' }, SERBIA)).toEqual([
      'phase under-review and the review record disagree',
    ]);
    const requested = reach([ev.requestReview(7)], SERBIA, r);
    expect(procedureInvariantViolations({ ...requested, phase: 'under-review' }, SERBIA)).toEqual([
      'phase under-review and the review record disagree',
    ]);
    expect(procedureInvariantViolations({ ...r, phase: 'refusal-upheld' }, SERBIA)).toContain(
      'phase refusal-upheld and the review record disagree',
    );
    expect(procedureInvariantViolations({ ...base, phase: 'refused' }, SERBIA)).toEqual([
      'phase refused but the last decision is not a refusal',
    ]);
  });

  it('catches reviews that are open outside review phases, unentitled, or by a dependent panel', () => {
    const r = reach([ev.requestReview(7), ev.panel(8)], SERBIA, refused());
    const review = r.reviews[0]!;
    expect(procedureInvariantViolations({ ...r, phase: 'refused' }, SERBIA)).toEqual([
      'phase refused with an open or upheld review',
    ]);
    expect(
      procedureInvariantViolations(
        {
          ...r,
          reviews: [
            {
              ...review,
              panel: [SENIOR],
              request: { ...review.request, requestedBy: 'support-provider' },
            },
          ],
        },
        SERBIA,
      ),
    ).toEqual([
      'review 0 requested by support-provider, who is not entitled',
      'review 0 panel is not independent',
    ]);
    expect(
      procedureInvariantViolations(
        {
          ...reach(investigating),
          phase: 'granted',
          reviews: [{ ...review, conclusion: { ...OVERTURN, decidedAt: day(9) } }],
        },
        SERBIA,
      ),
    ).toContain('review 0 of stage identification without a refusal to review');
    expect(PANEL).toHaveLength(2);
  });

  it('catches decisions out of stage order', () => {
    const rg = reach([...investigating, ev.draft(3, grant()), ev.approve(4)], UNITED_KINGDOM);
    const d = rg.decisions[0]!;
    expect(
      procedureInvariantViolations(
        { ...rg, decisions: [{ ...d, stage: 'nonexistent' }] },
        UNITED_KINGDOM,
      ),
    ).toContain('decision 0 is for stage nonexistent, out of order');
  });
});
