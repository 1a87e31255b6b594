import { describe, expect, it } from 'vitest';
import { formatStep, formatSummary, stepPassed, type TraceStep } from './trace.js';

const step: TraceStep = {
  scenario: 'S1',
  day: 'd0',
  from: 'rs.police.belgrade-thb',
  to: ['rs.cptv'],
  type: 'nrm.referral',
  expected: 'ROUTE_FORBIDDEN',
  answer: 'ROUTE_FORBIDDEN',
  delivery: '',
};

describe('demo trace', () => {
  it('prints one line per step with the answer and the delivery status', () => {
    expect(formatStep(step)).toBe(
      'ok   S1 d0   rs.police.belgrade-thb → rs.cptv  nrm.referral  ⇒ ROUTE_FORBIDDEN',
    );
    expect(
      formatStep({
        ...step,
        expected: 'accepted',
        answer: 'accepted',
        delivery: 'rs.cptv acknowledged',
      }),
    ).toContain('⇒ accepted  [rs.cptv acknowledged]');
  });

  it('shows the gateway message of a refusal under the line', () => {
    expect(formatStep({ ...step, detail: 'CHILD_REFERRAL_INCLUDES_CSW: …' })).toBe(
      'ok   S1 d0   rs.police.belgrade-thb → rs.cptv  nrm.referral  ⇒ ROUTE_FORBIDDEN\n       CHILD_REFERRAL_INCLUDES_CSW: …',
    );
  });

  it('says so when a step checked something without sending a message', () => {
    expect(
      formatStep({
        ...step,
        to: [],
        type: 'child status',
        expected: 'presumed-child',
        answer: 'presumed-child',
      }),
    ).toBe('ok   S1 d0   rs.police.belgrade-thb → (no message)  child status  ⇒ presumed-child');
  });

  it('marks a step whose answer differs from the expected one, with its detail', () => {
    const failed = { ...step, answer: 'accepted', detail: 'the gateway let it through' };
    expect(stepPassed(failed)).toBe(false);
    expect(formatStep(failed)).toBe(
      'FAIL S1 d0   rs.police.belgrade-thb → rs.cptv  nrm.referral  ⇒ accepted (expected ROUTE_FORBIDDEN)\n       the gateway let it through',
    );
  });

  it('summarises per scenario and says whether every step got its expected answer', () => {
    expect(formatSummary([step, { ...step, scenario: 'S2' }])).toBe(
      'summary: S1 1/1, S2 1/1 — all 2 steps got their expected answer',
    );
    expect(formatSummary([step, { ...step, answer: 'accepted' }])).toBe(
      'summary: S1 1/2 — 1 of 2 steps did NOT get their expected answer',
    );
  });
});
