import { describe, expect, it } from 'vitest';
import { ImmediateAssistancePlan } from '../assistance/immediate-assistance-plan.js';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { carePlanNotOverdue } from './care-plan-due.js';

const completed = { completedAt: '2026-03-01T10:00:00Z' };

describe('CARE_PLAN_DUE', () => {
  it('not due while the immediate plan is still running', () => {
    expect(
      carePlanNotOverdue({ immediatePlan: {}, at: '2027-01-01T00:00:00Z', profile: SERBIA }),
    ).toEqual([]);
  });
  it('SERBIA: no care plan yet is fine up to 14 days, overdue after', () => {
    expect(
      carePlanNotOverdue({ immediatePlan: completed, at: '2026-03-15T10:00:00Z', profile: SERBIA }),
    ).toEqual([]);
    expect(
      carePlanNotOverdue({ immediatePlan: completed, at: '2026-03-15T10:00:01Z', profile: SERBIA }),
    ).toEqual([
      {
        code: 'CARE_PLAN_DUE',
        message:
          'the care plan was due 2026-03-15T10:00:00.000Z, 14 days after the immediate assistance plan was completed; it is overdue',
        path: ['carePlan'],
      },
    ]);
  });
  it('a care plan made in time satisfies the rule at any later instant', () => {
    expect(
      carePlanNotOverdue({
        immediatePlan: completed,
        carePlan: { madeAt: '2026-03-10T10:00:00Z' },
        at: '2026-06-01T00:00:00Z',
        profile: SERBIA,
      }),
    ).toEqual([]);
  });
  it('a care plan made late is reported with the delay', () => {
    const v = carePlanNotOverdue({
      immediatePlan: completed,
      carePlan: { madeAt: '2026-03-18T09:00:00Z' },
      at: '2026-06-01T00:00:00Z',
      profile: SERBIA,
    });
    expect(v).toEqual([
      {
        code: 'CARE_PLAN_DUE',
        message: 'the care plan was made 3 day(s) after it was due (2026-03-15T10:00:00.000Z)',
        path: ['carePlan', 'madeAt'],
      },
    ]);
  });
  it('a care plan dated after the instant checked does not exist yet', () => {
    const v = carePlanNotOverdue({
      immediatePlan: completed,
      carePlan: { madeAt: '2026-03-20T10:00:00Z' },
      at: '2026-03-16T10:00:00Z',
      profile: SERBIA,
    });
    expect(v[0]?.path).toEqual(['carePlan']);
  });
  it('UNITED_KINGDOM: reads the due days from the profile', () => {
    const fastProfile = { ...UNITED_KINGDOM, carePlanDueDays: 7 };
    expect(
      carePlanNotOverdue({
        immediatePlan: completed,
        at: '2026-03-10T10:00:00Z',
        profile: UNITED_KINGDOM,
      }),
    ).toEqual([]);
    expect(
      carePlanNotOverdue({
        immediatePlan: completed,
        at: '2026-03-10T10:00:00Z',
        profile: fastProfile,
      }),
    ).toHaveLength(1);
  });
  it('an immediate plan cannot be completed before it started', () => {
    const r = ImmediateAssistancePlan.safeParse({
      case: 'case_ABCDEFGHIJKLMNOP',
      subject: 'sub_ABCDEFGHIJKLMNOP',
      madeBy: 'rs.cptv',
      startedAt: '2026-03-01T10:00:00Z',
      services: ['accommodation', 'medical-emergency'],
      completedAt: '2026-02-01T10:00:00Z',
    });
    expect(r.error?.issues[0]?.path).toEqual(['completedAt']);
  });
});
