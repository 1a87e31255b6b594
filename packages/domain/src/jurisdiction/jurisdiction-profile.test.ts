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
  it('rejects a profile without decision stages, naming the path', () => {
    const r = JurisdictionProfile.safeParse({ ...SERBIA, decisionStages: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['decisionStages']);
  });
});
