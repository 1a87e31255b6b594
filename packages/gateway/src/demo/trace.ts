/**
 * The demo's trace: one line per message (story day, sender → recipients, type, what the
 * gateway answered against what it should answer, delivery status), then a summary.
 */

/** One step of a scenario: a message sent (or a status looked up) and its outcome. */
export interface TraceStep {
  /** Scenario id, e.g. `S1`. */
  scenario: string;
  /** Story day, relative: `d0`, `d2` … (SCENARIOS.md); the gateway itself runs on real time. */
  day: string;
  from: string;
  to: readonly string[];
  /** Message type, or what was looked at (`status`, `inbox`). */
  type: string;
  /** What a correct gateway answers: `accepted`, an error code, or a delivery status. */
  expected: string;
  /** What it did answer. */
  answer: string;
  /** Delivery status per recipient after the recipients pulled, e.g. `rs.cptv acknowledged`. */
  delivery: string;
  /** The gateway's message for a refusal, or why a step failed; shown under the line. */
  detail?: string;
}

/** True when the gateway gave the step its expected answer. */
export function stepPassed(step: TraceStep): boolean {
  return step.answer === step.expected;
}

/** One human-readable line. */
export function formatStep(step: TraceStep): string {
  const mark = stepPassed(step) ? 'ok  ' : 'FAIL';
  const answer = stepPassed(step) ? step.answer : `${step.answer} (expected ${step.expected})`;
  const to = step.to.length === 0 ? '(no message)' : step.to.join(', ');
  const line = `${mark} ${step.scenario} ${step.day.padEnd(4)} ${step.from} → ${to}  ${step.type}  ⇒ ${answer}${step.delivery === '' ? '' : `  [${step.delivery}]`}`;
  return step.detail === undefined ? line : `${line}\n       ${step.detail}`;
}

/** The closing summary: steps per scenario and how many got their expected answer. */
export function formatSummary(steps: readonly TraceStep[]): string {
  const scenarios = [...new Set(steps.map((s) => s.scenario))];
  const perScenario = scenarios.map((scenario) => {
    const own = steps.filter((s) => s.scenario === scenario);
    return `${scenario} ${String(own.filter(stepPassed).length)}/${String(own.length)}`;
  });
  const failed = steps.filter((s) => !stepPassed(s)).length;
  const verdict =
    failed === 0
      ? `all ${String(steps.length)} steps got their expected answer`
      : `${String(failed)} of ${String(steps.length)} steps did NOT get their expected answer`;
  return `summary: ${perScenario.join(', ')} — ${verdict}`;
}
