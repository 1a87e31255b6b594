import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { retentionPolicyFromEnv } from '../retention/retention-config.js';
import { operatorTokenFile } from './bootstrap-operator.js';
import { gatewayKeyFiles, initGatewayKeyFile } from './gateway-key.js';
import { startBanner } from './start-banner.js';
import { serverLimitsFromEnv } from './server-config.js';
import { checkpointScheduleFromEnv } from './checkpoint-config.js';
import { startGateway } from './start-gateway.js';
import { startModeFromArgs } from './start-mode.js';
import { transportConfigFromEnv } from '../transport/transport-config.js';

/**
 * The gateway on embedded SQLite under NRM_DATA_DIR (default `.data/`), or on PostgreSQL when
 * NRM_DATABASE_URL is set; PORT=0 picks a free port. `--demo` (what `pnpm start` passes) seeds the Serbian NRM agencies with demo keys and
 * tokens; without it nothing is seeded and an empty registry gets one operator token.
 */
async function main(): Promise<void> {
  const mode = startModeFromArgs(process.argv.slice(2));
  const keyFile = process.env['NRM_GATEWAY_KEY_FILE'];
  const keyPassphrase = process.env['NRM_GATEWAY_KEY_PASSPHRASE'];
  if (mode === 'init-gateway-key') {
    if (keyFile === undefined || keyFile === '') {
      throw new Error('--init-gateway-key creates the file NRM_GATEWAY_KEY_FILE names: set it');
    }
    const key = await initGatewayKeyFile(resolve(keyFile), new Date(), keyPassphrase);
    process.stdout.write(`gateway key ${key.fingerprint} created in ${resolve(keyFile)}\n`);
    return;
  }
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
  const logOrigin = process.env['NRM_LOG_ORIGIN'];
  const databaseUrl = process.env['NRM_DATABASE_URL'];
  const adminDir = process.env['NRM_ADMIN_DIR'];
  const transport = transportConfigFromEnv(process.env);
  const gateway = await startGateway({
    role: transport.role,
    ...(transport.kafka === undefined ? {} : { kafka: transport.kafka }),
    dataDir,
    ...(databaseUrl === undefined || databaseUrl === '' ? {} : { databaseUrl }),
    port,
    host,
    retention,
    retentionSweepMs: sweepSeconds * 1000,
    seed: mode === 'demo',
    server: {
      ...serverLimitsFromEnv(process.env),
      ...(adminDir === undefined ? {} : { adminDir: resolve(adminDir) }),
    },
    ...(keyDir === undefined ? {} : { keyDir: resolve(keyDir) }),
    ...(keyPassphrase === undefined ? {} : { keyPassphrase }),
    ...(keyFile === undefined || keyFile === '' ? {} : { gatewayKeyFile: resolve(keyFile) }),
    ...(logOrigin === undefined ? {} : { logOrigin }),
    checkpoints: checkpointScheduleFromEnv(process.env),
  });
  const tokenFile = gateway.operatorTokenFile ?? operatorTokenFile(dataDir);
  if (transport.role === 'worker') {
    process.stdout.write(
      `NRM gateway worker pushing webhooks (${gateway.ctx.transport.kind} notices), data in ${dataDir}\n`,
    );
  } else {
    process.stdout.write(
      startBanner({
        url: gateway.url,
        dataDir,
        mode,
        gatewayKey: gateway.ctx.gatewayKey,
        keyFiles:
          keyFile === undefined || keyFile === ''
            ? gatewayKeyFiles(keyDir === undefined ? dataDir : resolve(keyDir))
            : { privateKey: resolve(keyFile), publicKey: `${resolve(keyFile)}.pub` },
        log: {
          checkpoint: `${gateway.url}/v1/log/checkpoint`,
          noteKey: gateway.ctx.noteKey.verifierKey,
        },
        ...(mode === 'production' && existsSync(tokenFile)
          ? { operatorToken: { file: tokenFile, fresh: gateway.operatorTokenFile !== undefined } }
          : {}),
        demoFindsIt: gateway.url === 'http://127.0.0.1:8080' && dataDir === resolve('.data'),
      }),
    );
  }
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
