import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countTable,
  nrmStatistics,
  PROCEDURE_PHASES,
  suppressSmallCells,
  type ProcedurePhase,
} from '@nrm/domain';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { GatewayRouter } from '../../api/trpc-router.js';
import { GATEWAY_PROFILE } from '../../consent-check/gateway-policy.js';
import { readAgencyPrivateKey, signDetached } from '@nrm/client/crypto';
import { demoCaseRegister, type RegisteredCase } from './case-register.js';

/** The demo's competent authority and its small-cell threshold. */
export const DEMO_PUBLISHER = 'rs.cptv';
const K = 5;

/**
 * What the competent authority computes where the content is decrypted: `@nrm/domain`'s
 * statistics over its case files and the cases per procedure phase, suppressed at k.
 */
export function figuresDocument(register: readonly RegisteredCase[], asOf: Date) {
  const { k: _k, ...figures } = nrmStatistics(
    register.map((c) => c.file),
    { k: K, profile: GATEWAY_PROFILE, asOf: asOf.toISOString() },
  );
  const phases = suppressSmallCells(
    countTable(register, PROCEDURE_PHASES, (c) => ({ year: 0, column: c.phase })),
    K,
  ).rows[0]?.cells;
  const cases: Partial<Record<ProcedurePhase, string[]>> = {};
  for (const c of register) {
    (cases[c.phase] ??= []).push(c.file.casePseudonym);
  }
  return {
    format: 'nrm-statistics/1' as const,
    publisher: DEMO_PUBLISHER,
    asOf: asOf.toISOString(),
    k: K,
    figures,
    procedure: { phases: phases ?? {}, cases },
  };
}

/** Sign the demo register's figures with the authority's key and publish them to the gateway. */
export async function publishDemoFigures(
  gatewayUrl: string,
  agenciesDir: string,
  asOf: Date,
): Promise<{ id: string; asOf: string; signerFingerprint: string }> {
  const dir = join(agenciesDir, DEMO_PUBLISHER);
  const token = readFileSync(join(dir, 'token'), 'utf8').trim();
  const key = await readAgencyPrivateKey(readFileSync(join(dir, 'private-key.asc'), 'utf8'));
  const document = JSON.stringify(figuresDocument(demoCaseRegister(asOf), asOf));
  const signature = await signDetached(new TextEncoder().encode(document), key, asOf);
  const client = createTRPCClient<GatewayRouter>({
    links: [
      httpLink({
        url: `${gatewayUrl.replace(/\/+$/, '')}/trpc`,
        headers: { authorization: `Bearer ${token}` },
      }),
    ],
  });
  return client.accountability.publish.mutate({ document, signature });
}
