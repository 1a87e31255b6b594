import { resolve } from 'node:path';
import { retentionPolicyFromEnv } from '../retention/retention-config.js';
import { checkpointScheduleFromEnv } from './checkpoint-config.js';
import { startGateway } from './start-gateway.js';

/**
 * `pnpm start`: the gateway on embedded SQLite under NRM_DATA_DIR (default `.data/`), seeded
 * with the Serbian NRM agencies and their demo keys and tokens. PORT=0 picks a free port.
 */
async function main(): Promise<void> {
  const dataDir = resolve(process.env['NRM_DATA_DIR'] ?? '.data');
  const port = Number(process.env['PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0-65535, got ${process.env['PORT']}`);
  }
  const host = process.env['HOST'] ?? '127.0.0.1';
  const retention = retentionPolicyFromEnv(process.env);
  const sweepSeconds = Number(process.env['NRM_RETENTION_SWEEP_SECONDS'] ?? 3600);
  if (!Number.isInteger(sweepSeconds) || sweepSeconds < 1) {
    throw new Error(`NRM_RETENTION_SWEEP_SECONDS must be a positive integer`);
  }
  const keyDir = process.env['NRM_GATEWAY_KEY_DIR'];
  const keyPassphrase = process.env['NRM_GATEWAY_KEY_PASSPHRASE'];
  const logOrigin = process.env['NRM_LOG_ORIGIN'];
  const gateway = await startGateway({
    dataDir,
    port,
    host,
    retention,
    retentionSweepMs: sweepSeconds * 1000,
    ...(keyDir === undefined ? {} : { keyDir: resolve(keyDir) }),
    ...(keyPassphrase === undefined ? {} : { keyPassphrase }),
    ...(logOrigin === undefined ? {} : { logOrigin }),
    checkpoints: checkpointScheduleFromEnv(process.env),
  });
  const lines = [
    `NRM gateway listening on ${gateway.url}`,
    `  HTTP API    ${gateway.url}/v1/…  (contract: packages/gateway/src/api/http-contract.md)`,
    `  OpenAPI     ${gateway.url}/openapi.json`,
    `  tRPC        ${gateway.url}/trpc`,
    `  health      ${gateway.url}/healthz  ${gateway.url}/readyz  ${gateway.url}/metrics`,
    `  data dir    ${dataDir} (demo agencies: ${dataDir}/demo-agencies/<id>/)`,
    `  log         ${gateway.url}/v1/log/checkpoint  note key ${gateway.ctx.noteKey.verifierKey}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const shutdown = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
