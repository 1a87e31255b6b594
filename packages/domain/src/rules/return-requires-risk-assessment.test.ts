import { describe, expect, it } from 'vitest';
import { ReturnRequest } from '../return/return-request.js';
import { returnRequiresRiskAssessment } from './return-requires-risk-assessment.js';

const subject = 'sub_4F8K2M7Q9X1B3R5T';
const riskAssessment = {
  subject,
  destination: 'AL',
  assessedBy: 'rs.cptv',
  assessedAt: '2026-05-01T10:00:00Z',
  riskLevel: 'low',
  returnAdvised: true,
};
const at = '2026-05-10T10:00:00Z';
const adultReturn = (over: Record<string, unknown> = {}) =>
  ReturnRequest.parse({
    case: 'case_ABCDEFGHIJKLMNOP',
    subject,
    requestedBy: 'rs.cptv',
    requestedAt: at,
    destination: 'AL',
    voluntary: true,
    riskAssessment,
    ...over,
  });

describe('RETURN_REQUIRES_RISK_ASSESSMENT (seed L1729-1733)', () => {
  it('accepts the return of an adult with a prior risk assessment of this person and country', () => {
    expect(returnRequiresRiskAssessment({ request: adultReturn(), at })).toEqual([]);
  });
  it('refuses the return of an adult without a risk assessment: it is not optional', () => {
    expect(
      returnRequiresRiskAssessment({ request: adultReturn({ riskAssessment: undefined }), at }),
    ).toEqual([
      {
        code: 'RETURN_REQUIRES_RISK_ASSESSMENT',
        message: 'a return needs a risk assessment first, for adults too',
        path: ['riskAssessment'],
      },
    ]);
  });
  it('refuses an assessment of another destination, or one dated after the return', () => {
    const other = adultReturn({ riskAssessment: { ...riskAssessment, destination: 'MK' } });
    expect(returnRequiresRiskAssessment({ request: other, at })[0]?.path).toEqual([
      'riskAssessment',
    ]);
    const late = adultReturn({
      riskAssessment: { ...riskAssessment, assessedAt: '2026-06-01T10:00:00Z' },
    });
    expect(returnRequiresRiskAssessment({ request: late, at })[0]?.path).toEqual([
      'riskAssessment',
      'assessedAt',
    ]);
  });
});
