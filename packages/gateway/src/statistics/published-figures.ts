import {
  ALLOWED_EVENTS,
  PROCEDURE_PHASES,
  TERMINAL_PHASES,
  type ProcedurePhase,
} from '@nrm/domain';
import { GatewayError } from '@nrm/client/errors';
import type { GatewayContext } from '../context/gateway-context.js';
import { StatisticsDocument } from './statistics-document.js';

async function latest(ctx: GatewayContext) {
  const row = await ctx.store.operations.latestPublishedStatistics();
  if (row === undefined) {
    return undefined;
  }
  // Parsed again on the way out: only what the schema admits is shown.
  return { row, document: StatisticsDocument.parse(JSON.parse(row.document)) };
}

/**
 * The newest published figures without the case ids, with who signed them and when they
 * arrived; null when no competent authority has published yet.
 */
export async function latestFigures(ctx: GatewayContext) {
  const found = await latest(ctx);
  if (found === undefined) {
    return null;
  }
  const { row, document } = found;
  const { cases: _cases, ...procedure } = document.procedure;
  return {
    publisher: row.publisher,
    asOf: row.as_of,
    receivedAt: row.received_at,
    signerFingerprint: row.signer_fingerprint,
    k: document.k,
    figures: document.figures,
    procedure,
  };
}

/**
 * The identification procedure as `@nrm/domain`'s state machine draws it: each phase in
 * order, the events it accepts, whether it is terminal, and the published count of cases
 * in it now (null before any publication).
 */
export async function procedureMap(ctx: GatewayContext) {
  const found = await latest(ctx);
  return {
    asOf: found?.row.as_of ?? null,
    k: found?.document.k ?? null,
    phases: PROCEDURE_PHASES.map((phase) => ({
      phase,
      events: ALLOWED_EVENTS[phase],
      terminal: TERMINAL_PHASES.includes(phase),
      cases: found?.document.procedure.phases[phase] ?? null,
    })),
  };
}

/** The pseudonymous case ids the newest publication lists in `phase`. */
export async function casesInPhase(ctx: GatewayContext, phase: ProcedurePhase): Promise<string[]> {
  const found = await latest(ctx);
  if (found === undefined) {
    throw new GatewayError('NOT_FOUND', {
      message: 'No statistics were published yet: the competent authority publishes them.',
    });
  }
  return found.document.procedure.cases?.[phase] ?? [];
}
