import { describe, expect, it } from 'vitest';
import {
  CarePlan,
  isCarePlanReviewOverdue,
  nextCarePlanReviewDue,
  SubjectParticipation,
} from './care-plan.js';

const plan = CarePlan.parse({
  case: 'case_ABCDEFGHIJKLMNOP',
  subject: 'sub_ABCDEFGHIJKLMNOP',
  madeBy: 'rs.cptv',
  madeAt: '2026-03-10T10:00:00Z',
  partnerAgencies: ['rs.atina', 'rs.csw.belgrade'],
  subjectParticipation: {
    participated: true,
    agreed: true,
    views: 'wants vocational training in Novi Sad',
  },
  services: [{ kind: 'vocational-training', provider: 'rs.atina', providerChosenBySubject: true }],
  reviewEveryDays: 30,
});

describe('care plan', () => {
  it('defaults to no conditions and no reviews', () => {
    expect(plan.conditions).toEqual([]);
    expect(plan.reviews).toEqual([]);
  });
  it('requires partner agencies', () => {
    const r = CarePlan.safeParse({ ...plan, partnerAgencies: [] });
    expect(r.error?.issues[0]?.path).toEqual(['partnerAgencies']);
  });
  it('requires a reason when the person did not participate', () => {
    const r = SubjectParticipation.safeParse({ participated: false, agreed: false });
    expect(r.error?.issues[0]?.path).toEqual(['reasonNotParticipating']);
    expect(
      SubjectParticipation.safeParse({
        participated: false,
        agreed: false,
        reasonNotParticipating: 'in hospital',
      }).success,
    ).toBe(true);
  });
  it('a joint review needs at least two agencies', () => {
    const review = {
      at: '2026-04-01T10:00:00Z',
      participants: ['rs.cptv'],
      subjectParticipation: { participated: true, agreed: true },
    };
    expect(CarePlan.safeParse({ ...plan, reviews: [review] }).success).toBe(false);
  });
  it('the next joint review is due an interval after the latest review, or after the plan', () => {
    expect(nextCarePlanReviewDue(plan)).toBe('2026-04-09T10:00:00.000Z');
    const reviewed = {
      ...plan,
      reviews: [
        {
          at: '2026-04-20T10:00:00Z',
          participants: ['rs.cptv', 'rs.atina'],
          subjectParticipation: { participated: true, agreed: true },
        },
        {
          at: '2026-04-05T10:00:00Z',
          participants: ['rs.cptv', 'rs.atina'],
          subjectParticipation: { participated: true, agreed: true },
        },
      ],
    };
    const parsed = CarePlan.parse(reviewed);
    expect(nextCarePlanReviewDue(parsed)).toBe('2026-05-20T10:00:00.000Z');
    expect(isCarePlanReviewOverdue(parsed, '2026-05-20T10:00:00Z')).toBe(false);
    expect(isCarePlanReviewOverdue(parsed, '2026-05-20T10:00:01Z')).toBe(true);
  });
});
