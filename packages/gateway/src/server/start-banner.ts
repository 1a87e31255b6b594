import { join } from 'node:path';
import { displayFingerprint } from '@nrm/client/crypto';
import type { StartMode } from './start-mode.js';

/** What the person who started the gateway needs to know next. */
export interface BannerFacts {
  url: string;
  dataDir: string;
  mode: StartMode;
  gatewayKey: { fingerprint: string; validFrom: string };
  keyFiles: { privateKey: string; publicKey: string };
  /** Where the signed checkpoints are, and the note key witnesses verify them with. */
  log?: { checkpoint: string; noteKey: string };
  /** Production: the operator token file, and whether this start wrote it. */
  operatorToken?: { file: string; fresh: boolean };
  /** Whether `pnpm demo` finds this gateway without being told (default URL and data dir). */
  demoFindsIt: boolean;
}

/**
 * The start banner: where the gateway listens, the fingerprint partners must compare by
 * another channel, the files holding keys and tokens, and the next command to run.
 */
export function startBanner(facts: BannerFacts): string {
  const { url } = facts;
  const lines = [
    `NRM gateway listening on ${url}`,
    facts.mode === 'demo'
      ? '  mode         demo: the Serbian NRM agencies and LEFÖ-IBF seeded with demo keys and tokens'
      : '  mode         production: nothing seeded (start with --demo for the demo agencies)',
    `  gateway key  ${displayFingerprint(facts.gatewayKey.fingerprint)}  (valid from ${facts.gatewayKey.validFrom})`,
    '               partners and agencies compare this fingerprint by another channel',
    `  key files    ${facts.keyFiles.privateKey} (private, 0600), ${facts.keyFiles.publicKey}`,
    ...tokenLines(facts),
    `  HTTP API     ${url}/v1/…  (contract: packages/gateway/src/api/http-contract.md)`,
    `  OpenAPI      ${url}/openapi.json`,
    `  tRPC         ${url}/trpc`,
    `  health       ${url}/healthz  ${url}/readyz  ${url}/metrics`,
    `  admin app    ${url}/admin/  (after pnpm --filter @nrm/admin build; scripts/up.sh builds it)`,
    ...(facts.log === undefined
      ? []
      : [`  log          ${facts.log.checkpoint}  note key ${facts.log.noteKey}`]),
    `  next         ${nextCommand(facts)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function tokenLines(facts: BannerFacts): string[] {
  if (facts.mode === 'demo') {
    return [
      `  tokens       ${join(facts.dataDir, 'demo-agencies', '<agency id>')}/token (and private-key.asc, fingerprint)`,
      `               ${join(facts.dataDir, 'demo-admins', '{operator,dpo,auditor}')}/token`,
    ];
  }
  if (facts.operatorToken === undefined) {
    return ['  tokens       admin tokens were handed out before; none written now'];
  }
  return [
    `  tokens       ${facts.operatorToken.file} (operator${
      facts.operatorToken.fresh
        ? ', written by this first start: keep it safe, then delete the file'
        : ''
    })`,
  ];
}

function nextCommand(facts: BannerFacts): string {
  if (facts.mode === 'demo') {
    return facts.demoFindsIt
      ? 'pnpm demo   (plays S1–S7 against this gateway)'
      : `NRM_GATEWAY_URL=${facts.url} NRM_DATA_DIR=${facts.dataDir} pnpm demo`;
  }
  const token =
    facts.operatorToken === undefined ? '<operator token>' : `$(cat ${facts.operatorToken.file})`;
  return `NRM_GATEWAY_URL=${facts.url} nrm agency register <agency id> --name … --kind … --jurisdiction … --public-key <file> --admin-token "${token}"`;
}
