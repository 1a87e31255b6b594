import { describe, expect, it } from 'vitest';
import { JurisdictionProfile, SERBIA, UNITED_KINGDOM } from './index.js';

describe('jurisdiction profiles', () => {
  it('Serbia has one conclusive identification stage and a fixed 90-day recovery period', () => {
    expect(SERBIA.decisionStages.map((s) => s.id)).toEqual(['identification']);
    expect(SERBIA.recoveryPeriod).toMatchObject({ days: 90, minimum: false, extendable: true });
    expect(SERBIA.review.kind).toBe('independent-panel');
  });
  it('the UK has reasonable then conclusive grounds, a recovery period of at least 30 days', () => {
    expect(UNITED_KINGDOM.decisionStages.map((s) => [s.id, s.conclusive])).toEqual([
      ['reasonable-grounds', false],
      ['conclusive-grounds', true],
    ]);
    expect(UNITED_KINGDOM.recoveryPeriod).toMatchObject({ days: 30, minimum: true });
    expect(UNITED_KINGDOM.review.requestedBy).toEqual(['first-responder', 'support-provider']);
  });
  it('UK: recovery period and conclusive grounds count from the positive reasonable-grounds decision; RG target 5 working days', () => {
    const [rg, cg] = UNITED_KINGDOM.decisionStages;
    expect(rg).toMatchObject({ targetDays: 5, targetUnit: 'working-days', countFrom: 'referral' });
    expect(cg).toMatchObject({ notBeforeDays: 30, countFrom: 'previous-stage-decision' });
    expect(UNITED_KINGDOM.recoveryPeriod.startsWith).toBe('positive-first-stage-decision');
    expect(UNITED_KINGDOM.supportAfterConclusiveDecisionDays).toBe(45);
  });
  it('UK: SCA and IECA are distinct competent authorities; the duty to notify (MS1) is anonymous for adults', () => {
    expect(UNITED_KINGDOM.competentAuthorities.map((a) => a.id)).toEqual(['sca', 'ieca']);
    expect(UNITED_KINGDOM.dutyToNotify).toMatchObject({
      form: 'MS1',
      anonymousWithoutConsent: 'adults',
    });
  });
  it('UK: values without a source are absent (care plan, material assistance, permit, accommodation, interview limit)', () => {
    expect(UNITED_KINGDOM.carePlanDueDays).toBeUndefined();
    expect(UNITED_KINGDOM.materialAssistance).toBeUndefined();
    expect(UNITED_KINGDOM.temporaryResidencePermitDays).toBeUndefined();
    expect(UNITED_KINGDOM.stateFundedAccommodationDays).toBeUndefined();
    expect(UNITED_KINGDOM.childProceedingsMaxInterviews).toBeUndefined();
  });
  it('Serbia: every public body must report to the police and prosecutor (L1291-1293)', () => {
    expect(SERBIA.dutyToReport).toMatchObject({
      who: 'every-public-body',
      to: ['police', 'prosecutor'],
    });
    expect(SERBIA.competentAuthorities.map((a) => a.id)).toEqual(['cptv']);
  });
  it('rejects a profile without decision stages, naming the path', () => {
    const r = JurisdictionProfile.safeParse({ ...SERBIA, decisionStages: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['decisionStages']);
  });
});
