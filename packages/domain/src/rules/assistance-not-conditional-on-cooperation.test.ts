import { describe, expect, it } from 'vitest';
import { ServiceDecision } from '../assistance/service-decision.js';
import { assistanceNotConditionalOnCooperation } from './assistance-not-conditional-on-cooperation.js';

const decision = (over: object) =>
  ServiceDecision.parse({
    subject: 'sub_ABCDEFGHIJKLMNOP',
    service: 'accommodation',
    decidedBy: 'rs.cptv',
    decidedAt: '2026-03-05T10:00:00Z',
    outcome: 'granted',
    ...over,
  });

describe('ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION', () => {
  it('scenario S5: assistance granted with legitimate conditions only is fine', () => {
    expect(
      assistanceNotConditionalOnCooperation({
        carePlan: { conditions: ['informed-consent', 'shelter-house-rules'] },
        decisions: [
          decision({ conditions: ['shelter-house-rules'] }),
          decision({ outcome: 'withdrawn', reasons: ['need-met'] }),
        ],
      }),
    ).toEqual([]);
    expect(assistanceNotConditionalOnCooperation({})).toEqual([]);
  });
  it('flags a care plan conditional on cooperation with the police', () => {
    expect(
      assistanceNotConditionalOnCooperation({
        carePlan: { conditions: ['informed-consent', 'cooperation-with-police'] },
      }),
    ).toEqual([
      {
        code: 'ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION',
        message: 'the care plan makes assistance conditional on cooperation-with-police',
        path: ['carePlan', 'conditions', 1],
      },
    ]);
  });
  it('flags a service decision conditional on testimony', () => {
    const v = assistanceNotConditionalOnCooperation({
      decisions: [decision({ conditions: ['testimony-in-proceedings'] })],
    });
    expect(v.map((x) => x.path)).toEqual([['decisions', 0, 'conditions', 0]]);
  });
  it('flags withdrawing assistance because the person declined cooperation', () => {
    const v = assistanceNotConditionalOnCooperation({
      decisions: [
        decision({ outcome: 'withdrawn', reasons: ['need-met', 'declined-cooperation'] }),
      ],
    });
    expect(v).toEqual([
      {
        code: 'ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION',
        message:
          'accommodation may not be withdrawn because the person declined to cooperate with the authorities',
        path: ['decisions', 0, 'reasons', 1],
      },
    ]);
  });
  it('a refusal or suspension for declined cooperation is flagged too', () => {
    for (const outcome of ['refused', 'suspended']) {
      expect(
        assistanceNotConditionalOnCooperation({
          decisions: [decision({ outcome, reasons: ['declined-cooperation'] })],
        }),
      ).toHaveLength(1);
    }
  });
  it('a service decision that refuses without reasons cannot be recorded', () => {
    expect(() => decision({ outcome: 'refused' })).toThrow(/states its reasons/);
  });
});
