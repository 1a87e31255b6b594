import type { ProcedureEventKind } from './procedure-event.js';
import type { ProcedurePhase } from './procedure-state.js';

// NGOs and other agencies may contribute opinions throughout identification, not only
// before a refusal (seed L342-346).
const INVESTIGATING: readonly ProcedureEventKind[] = [
  'receive-information',
  'record-consultation',
  'hold-interview',
  'start-consultation',
  'draft-decision',
  'dismiss',
];

/**
 * Which events each phase accepts: the procedure as one table, so that the admin app can
 * draw it for every actor (DOMAIN.md "graphic visualisation of the procedures") and
 * `transition` refuses anything else with TRANSITION_NOT_ALLOWED.
 */
export const ALLOWED_EVENTS: Readonly<Record<ProcedurePhase, readonly ProcedureEventKind[]>> = {
  received: ['assign-case-worker', 'dismiss'],
  admissibility: ['admit', 'declare-inadmissible', 'dismiss'],
  'information-gathering': INVESTIGATING,
  interview: INVESTIGATING,
  consultation: INVESTIGATING,
  // Consultation may follow the draft of a refusal (SCENARIOS S2, d20 → d30).
  draft: ['record-consultation', 'return-draft', 'approve-decision', 'dismiss'],
  refused: ['request-review'],
  // A rejected application may be reviewed too (seed report L309-317).
  inadmissible: ['request-review'],
  'review-requested': ['constitute-panel'],
  'under-review': ['conclude-review'],
  granted: [],
  'refusal-upheld': [],
  'inadmissibility-upheld': [],
  dismissed: [],
};

export function isAllowed(phase: ProcedurePhase, kind: ProcedureEventKind): boolean {
  return ALLOWED_EVENTS[phase].includes(kind);
}
