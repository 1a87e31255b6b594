import { describe, expect, it } from 'vitest';
import { BestInterestsDetermination } from '../child-protection/best-interests-determination.js';
import { ReturnRequest } from '../return/return-request.js';
import { childReturnRequiresRiskAssessmentAndBid } from './child-return-requires-risk-assessment-and-bid.js';

const child = 'sub_CHILDAAAAAAAAAAAA';
const at = '2026-06-01T10:00:00Z';
const childAge = { status: 'documented', birthDate: '2012-01-01' } as const;
const riskAssessment = {
  subject: child,
  destination: 'AL',
  assessedBy: 'rs.csw.belgrade',
  assessedAt: '2026-05-01T10:00:00Z',
  riskLevel: 'low',
  returnAdvised: true,
};
const bid = (solution: object, over: object = {}) =>
  BestInterestsDetermination.parse({
    id: 'bid-0001',
    child,
    ledBy: 'rs.csw.belgrade',
    conductedAt: '2026-05-10T10:00:00Z',
    participants: [
      { role: 'csw-guardian', agency: 'rs.csw.belgrade' },
      { role: 'competent-authority', agency: 'rs.cptv' },
    ],
    childParticipation: {
      heard: true,
      manner: 'in-person',
      views: 'wants to go home to her mother',
    },
    outcome: { durableSolution: solution, reasoning: 'mother not involved; school place arranged' },
    ...over,
  });
const reunification = bid({ kind: 'family-reunification', country: 'AL', riskAssessment });
const request = ReturnRequest.parse({
  case: 'case_ABCDEFGHIJKLMNOP',
  subject: child,
  requestedBy: 'rs.cptv',
  requestedAt: at,
  destination: 'AL',
  voluntary: true,
  riskAssessment,
  bestInterestsDeterminationId: 'bid-0001',
});
const check = (over: Partial<Parameters<typeof childReturnRequiresRiskAssessmentAndBid>[0]>) =>
  childReturnRequiresRiskAssessmentAndBid({
    request,
    age: childAge,
    at,
    determinations: [reunification],
    ...over,
  });
const paths = (v: readonly { path?: readonly (string | number)[] }[]) => v.map((x) => x.path);

describe('CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID', () => {
  it('accepts a child’s return with a favourable risk assessment and a BID choosing reunification there', () => {
    expect(check({})).toEqual([]);
    expect(
      check({ determinations: [bid({ kind: 'return', country: 'AL', riskAssessment })] }),
    ).toEqual([]);
  });
  it('does not apply to an adult', () => {
    const { riskAssessment: _r, bestInterestsDeterminationId: _b, ...bare } = request;
    expect(
      check({ request: bare, age: { status: 'documented', birthDate: '1990-01-01' } }),
    ).toEqual([]);
  });
  it('refuses a child’s return with neither risk assessment nor BID', () => {
    const { riskAssessment: _r, bestInterestsDeterminationId: _b, ...bare } = request;
    const v = check({ request: bare });
    expect(v.every((x) => x.code === 'CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID')).toBe(true);
    expect(paths(v)).toEqual([['riskAssessment'], ['bestInterestsDeterminationId']]);
  });
  it('applies to a presumed child', () => {
    const { riskAssessment: _r, ...noRisk } = request;
    expect(paths(check({ request: noRisk, age: { status: 'disputed' } }))).toEqual([
      ['riskAssessment'],
    ]);
  });
  it('refuses a risk assessment for another country, a later one, or one advising against return', () => {
    expect(
      paths(
        check({
          request: {
            ...request,
            riskAssessment: { ...request.riskAssessment!, destination: 'XK' },
          },
        }),
      ),
    ).toContainEqual(['riskAssessment']);
    expect(
      paths(
        check({
          request: {
            ...request,
            riskAssessment: { ...request.riskAssessment!, assessedAt: '2026-07-01T10:00:00Z' },
          },
        }),
      ),
    ).toEqual([['riskAssessment', 'assessedAt']]);
    expect(
      paths(
        check({
          request: {
            ...request,
            riskAssessment: { ...request.riskAssessment!, returnAdvised: false },
          },
        }),
      ),
    ).toEqual([['riskAssessment', 'returnAdvised']]);
  });
  it('refuses when the BID is missing, about another child, later, or chose something else', () => {
    expect(check({ determinations: [] })[0]?.message).toBe(
      'no best-interests determination bid-0001 for this child',
    );
    expect(
      check({
        determinations: [
          bid(
            { kind: 'family-reunification', country: 'AL', riskAssessment },
            { child: 'sub_OTHERAAAAAAAAAAAA' },
          ),
        ],
      }),
    ).toHaveLength(1);
    expect(
      check({
        determinations: [
          bid(
            { kind: 'return', country: 'AL', riskAssessment },
            { conductedAt: '2026-07-01T10:00:00Z' },
          ),
        ],
      })[0]?.message,
    ).toMatch(/dated after/);
    expect(check({ determinations: [bid({ kind: 'local-integration' })] })[0]?.message).toBe(
      'the best-interests determination chose local-integration, not return to AL',
    );
    expect(
      check({
        determinations: [
          bid({
            kind: 'family-reunification',
            country: 'MK',
            riskAssessment: { ...riskAssessment, destination: 'MK' },
          }),
        ],
      }),
    ).toHaveLength(1);
  });
});
