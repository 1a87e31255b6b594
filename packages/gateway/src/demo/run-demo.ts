import { DemoRun, type DemoOptions } from './demo-run.js';
import { childReferral } from './scenarios/s1-child-referral.js';
import { adultConsultation } from './scenarios/s2-adult-consultation.js';
import { transnationalReferral } from './scenarios/s3-transnational.js';
import { consentWithdrawalHolds } from './scenarios/s4-consent-withdrawal.js';
import { dutyToReport } from './scenarios/s5-duty-to-report.js';
import { asylumSeekingChild } from './scenarios/s6-asylum-seeking-child.js';
import { victimNotification } from './scenarios/s7-victim-notification.js';
import { stepPassed, type TraceStep } from './trace.js';

/** A scenario of SCENARIOS.md as a function of the run and the clock. */
export type Scenario = (run: DemoRun, now: () => Date) => Promise<void>;

/** The scenarios the demo plays, in order. */
export const SCENARIOS: readonly { id: string; title: string; play: Scenario }[] = [
  {
    id: 'S1',
    title:
      'a child referred by police on the mandatory child route; the guardian consents beyond it',
    play: childReferral,
  },
  {
    id: 'S2',
    title: 'an NGO-identified adult: consent without health, consultation, refusal, review',
    play: adultConsultation,
  },
  {
    id: 'S3',
    title: 'a transnational referral from a foreign NGO with only gpg and curl',
    play: transnationalReferral,
  },
  {
    id: 'S4',
    title: 'consent withdrawal while a message waits',
    play: consentWithdrawalHolds,
  },
  {
    id: 'S5',
    title: 'duty to report without consent: the minimum to the police, assistance unchanged',
    play: dutyToReport,
  },
  {
    id: 'S6',
    title: 'an asylum-seeking child found by NGO outreach (age disputed)',
    play: asylumSeekingChild,
  },
  {
    id: 'S7',
    title:
      'plea bargain and release told to ASTRA and CPTV without consent; consent binds its disclosers',
    play: victimNotification,
  },
];

/** What a run produced: the trace, and whether every step got its expected answer. */
export interface DemoReport {
  steps: TraceStep[];
  ok: boolean;
}

/** Play every scenario against the gateway; a scenario that throws counts as a failed step. */
export async function runDemo(
  options: DemoOptions,
  now: () => Date = () => new Date(),
): Promise<DemoReport> {
  const run = new DemoRun(options);
  for (const scenario of SCENARIOS) {
    options.log?.(`— ${scenario.id}: ${scenario.title}`);
    try {
      await scenario.play(run, now);
    } catch (error) {
      run.record({
        scenario: scenario.id,
        day: '',
        from: '',
        to: [],
        type: 'scenario',
        expected: 'completed',
        answer: 'aborted',
        delivery: '',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { steps: run.steps, ok: run.steps.every(stepPassed) };
}
