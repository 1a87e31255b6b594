/**
 * `pnpm demo`: the scenarios of SCENARIOS.md end to end, printed as a trace. Against a running
 * gateway when NRM_GATEWAY_URL is set (its demo agencies read from NRM_DEMO_AGENCIES, default
 * `$NRM_DATA_DIR/demo-agencies`, `NRM_DATA_DIR` defaulting to `.data` as for `pnpm start`);
 * otherwise against a gateway it starts itself in a temporary folder. Exit code 0 only when
 * every step got its expected answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGateway } from '../server/start-gateway.js';
import { runDemo } from './run-demo.js';
import { formatSummary } from './trace.js';

async function main(): Promise<number> {
  const workDir = mkdtempSync(join(tmpdir(), 'nrm-demo-'));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const url = process.env['NRM_GATEWAY_URL'];
  try {
    if (url !== undefined && url !== '') {
      const agenciesDir = resolve(
        process.env['NRM_DEMO_AGENCIES'] ??
          join(process.env['NRM_DATA_DIR'] ?? '.data', 'demo-agencies'),
      );
      log(`demo against ${url} (agencies from ${agenciesDir})`);
      const report = await runDemo({ gatewayUrl: url, agenciesDir, workDir, log });
      log(formatSummary(report.steps));
      return report.ok ? 0 : 1;
    }
    const dataDir = join(workDir, 'gateway');
    const gateway = await startGateway({ dataDir, port: 0, server: { logger: false } });
    try {
      log(`demo against its own gateway at ${gateway.url} (data in ${dataDir})`);
      const agenciesDir = join(dataDir, 'demo-agencies');
      const report = await runDemo({ gatewayUrl: gateway.url, agenciesDir, workDir, log });
      log(formatSummary(report.steps));
      return report.ok ? 0 : 1;
    } finally {
      await gateway.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
