import { describe, expect, it } from 'vitest';
import { BestInterestsDetermination } from './best-interests-determination.js';
import { DURABLE_SOLUTION_KINDS, DurableSolution } from './durable-solution.js';
import { SiblingSeparationDecision } from './sibling-separation.js';

const riskAssessment = {
  subject: 'sub_CHILDAAAAAAAAAAAA',
  destination: 'RS',
  assessedBy: 'rs.csw.belgrade',
  assessedAt: '2026-04-01T10:00:00Z',
  riskLevel: 'low',
  returnAdvised: true,
};
const bid = {
  id: 'bid-0001',
  child: 'sub_CHILDAAAAAAAAAAAA',
  ledBy: 'rs.csw.belgrade',
  conductedAt: '2026-04-02T10:00:00Z',
  participants: [
    { role: 'csw-guardian', agency: 'rs.csw.belgrade' },
    { role: 'competent-authority', agency: 'rs.cptv' },
    { role: 'doctor' },
    { role: 'educator' },
  ],
  childParticipation: {
    heard: true,
    manner: 'with-support-person',
    views: 'wants to stay at school here',
  },
  outcome: {
    durableSolution: { kind: 'local-integration' },
    reasoning: 'school and foster family are stable',
  },
};

describe('best-interests determination', () => {
  it('accepts a multi-disciplinary determination in which the child was heard', () => {
    expect(BestInterestsDetermination.safeParse(bid).success).toBe(true);
  });
  it('requires the CSW guardian among the participants', () => {
    const r = BestInterestsDetermination.safeParse({
      ...bid,
      participants: [{ role: 'doctor' }, { role: 'educator' }],
    });
    expect(r.error?.issues[0]?.message).toMatch(/CSW guardian/);
  });
  it('records the views when the child was heard, and a reason when not', () => {
    const noViews = BestInterestsDetermination.safeParse({
      ...bid,
      childParticipation: { heard: true, manner: 'in-person' },
    });
    expect(noViews.error?.issues[0]?.path).toEqual(['childParticipation', 'views']);
    const noReason = BestInterestsDetermination.safeParse({
      ...bid,
      childParticipation: { heard: false },
    });
    expect(noReason.error?.issues[0]?.path).toEqual(['childParticipation', 'reasonNotHeard']);
  });
});

describe('durable solution', () => {
  it('family reunification and return cannot be recorded without a risk assessment', () => {
    expect(DurableSolution.safeParse({ kind: 'family-reunification', country: 'RS' }).success).toBe(
      false,
    );
    expect(DurableSolution.safeParse({ kind: 'return', country: 'RS' }).success).toBe(false);
    expect(
      DurableSolution.safeParse({ kind: 'family-reunification', country: 'RS', riskAssessment })
        .success,
    ).toBe(true);
  });
  it('third-country resettlement names who arranges it', () => {
    expect(
      DurableSolution.safeParse({
        kind: 'third-country-resettlement',
        country: 'CA',
        arrangedBy: 'unhcr',
      }).success,
    ).toBe(true);
  });
});

describe('sibling separation', () => {
  const decision = {
    siblings: ['sub_BROTHERAAAAAAAAA1', 'sub_BROTHERAAAAAAAAA2'],
    decidedBy: 'rs.csw.belgrade',
    decidedAt: '2026-04-03T10:00:00Z',
    reasons: ['the older brother needs a specialised facility'],
    bestInterestsDeterminationIds: ['bid-0001', 'bid-0002'],
    contactArrangements: 'weekly visits',
  };
  it('is a decision with reasons and contact arrangements', () => {
    expect(SiblingSeparationDecision.safeParse(decision).success).toBe(true);
  });
  it('refuses a separation without reasons', () => {
    expect(
      SiblingSeparationDecision.safeParse({ ...decision, reasons: [] }).error?.issues[0]?.path,
    ).toEqual(['reasons']);
  });
  it('refuses the same child listed twice, and a decision silent about contact', () => {
    expect(
      SiblingSeparationDecision.safeParse({
        ...decision,
        siblings: ['sub_BROTHERAAAAAAAAA1', 'sub_BROTHERAAAAAAAAA1'],
      }).error?.issues[0]?.path,
    ).toEqual(['siblings']);
    const { contactArrangements: _c, ...silent } = decision;
    expect(SiblingSeparationDecision.safeParse(silent).error?.issues[0]?.path).toEqual([
      'contactArrangements',
    ]);
  });
});

describe('durable solution kinds', () => {
  it('list exactly the kinds of the DurableSolution union', () => {
    expect(DurableSolution.options.map((o) => o.shape.kind.value).sort()).toEqual(
      [...DURABLE_SOLUTION_KINDS].sort(),
    );
  });
});
