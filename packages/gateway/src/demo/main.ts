/**
 * `pnpm demo`: the scenarios of SCENARIOS.md end to end, printed as a trace. Against a running
 * gateway when NRM_GATEWAY_URL is set (its demo agencies read from NRM_DEMO_AGENCIES, default
 * `$NRM_DATA_DIR/demo-agencies`, `NRM_DATA_DIR` defaulting to `.data` as for `pnpm start`);
 * else against the one `pnpm start` serves at the default address when it takes those
 * agencies' tokens; otherwise against a gateway it starts itself in a temporary folder, and
 * it says which. Exit code 0 only when every step got its expected answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGateway } from '../server/start-gateway.js';
import { DEFAULT_GATEWAY_URL, probeGateway } from './find-gateway.js';
import { publishDemoFigures } from './figures/publish-figures.js';
import { runDemo } from './run-demo.js';
import { formatSummary } from './trace.js';

async function main(): Promise<number> {
  const workDir = mkdtempSync(join(tmpdir(), 'nrm-demo-'));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const agenciesDir = resolve(
    process.env['NRM_DEMO_AGENCIES'] ??
      join(process.env['NRM_DATA_DIR'] ?? '.data', 'demo-agencies'),
  );
  const told = process.env['NRM_GATEWAY_URL'];
  const probed =
    told === undefined || told === ''
      ? await probeGateway(DEFAULT_GATEWAY_URL, agenciesDir)
      : undefined;
  try {
    if (probed === undefined || probed.found) {
      const url = probed === undefined ? told! : DEFAULT_GATEWAY_URL;
      const found = probed === undefined ? '' : ', the gateway running at the default address';
      log(`demo against ${url}${found} (agencies from ${agenciesDir})`);
      const report = await runDemo({ gatewayUrl: url, agenciesDir, workDir, log });
      const published = await publishFigures(url, agenciesDir, log);
      log(formatSummary(report.steps));
      return report.ok && published ? 0 : 1;
    }
    const dataDir = join(workDir, 'gateway');
    const gateway = await startGateway({ dataDir, port: 0, server: { logger: false } });
    try {
      log(
        `demo against its own gateway at ${gateway.url} (data in ${dataDir}), started because ${probed.reason}`,
      );
      const report = await runDemo({
        gatewayUrl: gateway.url,
        agenciesDir: join(dataDir, 'demo-agencies'),
        workDir,
        log,
      });
      const published = await publishFigures(gateway.url, join(dataDir, 'demo-agencies'), log);
      log(formatSummary(report.steps));
      return report.ok && published ? 0 : 1;
    } finally {
      await gateway.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The competent authority's signed, suppressed figures for the admin app's charts. */
async function publishFigures(
  url: string,
  agenciesDir: string,
  log: (line: string) => void,
): Promise<boolean> {
  try {
    const published = await publishDemoFigures(url, agenciesDir, new Date());
    log(
      `— figures: rs.cptv published its signed, suppressed statistics (as of ${published.asOf}); see /admin`,
    );
    return true;
  } catch (error) {
    log(`— figures: publishing failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

process.exitCode = await main();
