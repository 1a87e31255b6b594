import { err, ok, type Result, type RuleViolation } from '../result.js';
import { transition, type ProcedureContext } from './identification-procedure.js';
import type { ProcedureEvent } from './procedure-event.js';
import type { ProcedureState } from './procedure-state.js';

/** The first event of a log that could not be applied, with its position. */
export interface ReplayFailure {
  readonly index: number;
  readonly event: ProcedureEvent;
  readonly violation: RuleViolation;
  /** The state reached before the failing event. */
  readonly state: ProcedureState;
}

/** Rebuilds a procedure's state from its event log (e.g. the gateway's stored messages). */
export function replayProcedure(
  initial: ProcedureState,
  events: readonly ProcedureEvent[],
  ctx: ProcedureContext,
): Result<ProcedureState, ReplayFailure> {
  let state = initial;
  for (const [index, event] of events.entries()) {
    const r = transition(state, event, ctx);
    if (!r.ok) {
      return err({ index, event, violation: r.error, state });
    }
    state = r.value;
  }
  return ok(state);
}
