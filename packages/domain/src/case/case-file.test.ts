import { describe, expect, it } from 'vitest';
import { S1_CASE, S2_CASE } from './__fixtures__/case-files.js';
import { CaseFile, finalOutcome, isChildAtReferral } from './case-file.js';

describe('CaseFile', () => {
  it('knows a child from the age at referral, and a disputed age as a child', () => {
    expect(isChildAtReferral(S1_CASE)).toBe(true);
    expect(isChildAtReferral(S2_CASE)).toBe(false);
    const disputed = CaseFile.parse({
      ...S2_CASE,
      subject: { ...S2_CASE.subject, age: { status: 'disputed' } },
    });
    expect(isChildAtReferral(disputed)).toBe(true);
  });
  it('counts an overturned refusal as granted', () => {
    expect(S2_CASE.decision?.outcome).toBe('refused');
    expect(finalOutcome(S2_CASE)).toBe('granted');
    expect(finalOutcome(S1_CASE)).toBe('granted');
    const { decision: _d, review: _r, ...pending } = S2_CASE;
    expect(finalOutcome(CaseFile.parse(pending))).toBeUndefined();
  });

  const issuePath = (input: unknown) => CaseFile.safeParse(input).error?.issues[0]?.path;

  it('refuses a decision before the referral', () => {
    expect(
      issuePath({
        ...S1_CASE,
        decision: { ...S1_CASE.decision, decidedAt: '2026-04-01T00:00:00Z' },
      }),
    ).toEqual(['decision', 'decidedAt']);
  });
  it('refuses a review of anything but a refusal, or requested before the decision', () => {
    expect(issuePath({ ...S1_CASE, review: { requestedAt: '2026-06-01T00:00:00Z' } })).toEqual([
      'review',
    ]);
    expect(issuePath({ ...S2_CASE, review: { requestedAt: '2026-03-30T00:00:00Z' } })).toEqual([
      'review',
      'requestedAt',
    ]);
  });
  it('refuses a review outcome without its date', () => {
    expect(
      issuePath({ ...S2_CASE, review: { requestedAt: '2026-04-05T10:00:00Z', outcome: 'upheld' } }),
    ).toEqual(['review', 'decidedAt']);
  });
  it('refuses a care plan adopted before the immediate plan was completed', () => {
    const carePlan = {
      immediatePlanCompletedAt: '2026-03-03T10:00:00Z',
      carePlanAdoptedAt: '2026-03-02T10:00:00Z',
    };
    expect(issuePath({ ...S2_CASE, carePlan })).toEqual(['carePlan', 'carePlanAdoptedAt']);
  });
});
