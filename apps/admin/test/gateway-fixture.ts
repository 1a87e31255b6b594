import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createTRPCClient, httpLink } from '@trpc/client';
import {
  readDemoAdminToken,
  SERBIAN_NRM_AGENCIES,
  startGateway,
  type GatewayRouter,
  type RunningGateway,
} from '@nrm/gateway';
import { DemoRun } from '../../../packages/gateway/src/demo/demo-run.js';
import { crimeReport, demoPseudonym } from '../../../packages/gateway/src/demo/payloads.js';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(appDir, '..', '..');
export const distDir = join(appDir, 'dist');
export const resultsDir = join(appDir, 'test-results');
export const CHROMIUM = '/usr/bin/chromium';

/** The newest modification time under `dir` (ms). */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Build the app when there is no build yet (CI, a fresh clone) or the sources changed since. */
export function ensureBuilt(): void {
  const index = join(distDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(appDir, 'src'))) {
    return;
  }
  const vite = join(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  execFileSync(process.execPath, [vite, 'build'], { cwd: appDir, stdio: 'inherit' });
}

/** A webhook endpoint that refuses (503) until told to accept, and remembers what came. */
export async function flakyWebhook() {
  const received: string[] = [];
  const state = { healthy: false };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (state.healthy) {
        received.push((JSON.parse(body) as { id: string }).id);
      }
      response.statusCode = state.healthy ? 200 : 503;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `pnpm demo` as its own process against the gateway (its scripts/demo.mjs). */
export function playDemo(gatewayUrl: string, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['scripts/demo.mjs'],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          NRM_GATEWAY_URL: gatewayUrl,
          NRM_DEMO_AGENCIES: join(dataDir, 'demo-agencies'),
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        error === null ? resolve(stdout) : reject(new Error(`${stdout}\n${stderr}`)),
    );
  });
}

export function adminClient(gateway: RunningGateway, token: string) {
  return createTRPCClient<GatewayRouter>({
    links: [
      httpLink({ url: `${gateway.url}/trpc`, headers: { authorization: `Bearer ${token}` } }),
    ],
  });
}

/**
 * A gateway on a throwaway store serving the built app, loaded by `pnpm demo`; then one
 * message whose recipient's webhook refuses, so it is dead-lettered after one attempt.
 */
export async function demoGateway() {
  const dataDir = mkdtempSync(join(tmpdir(), 'nrm-admin-e2e-'));
  const webhook = await flakyWebhook();
  const gateway = await startGateway({
    dataDir,
    server: { logger: false, adminDir: distDir },
    webhook: { maxAttempts: 1, pollMs: 200, timeoutMs: 5_000 },
  });
  const demoOutput = await playDemo(gateway.url, dataDir);
  const token = (role: 'operator' | 'dpo' | 'auditor') => readDemoAdminToken(dataDir, role);
  const operator = adminClient(gateway, token('operator'));
  const police = SERBIAN_NRM_AGENCIES.find((a) => a.id === 'rs.police.belgrade-thb');
  if (police === undefined) {
    throw new Error('the seed has no Belgrade police');
  }
  await operator.agencies.register.mutate({ agency: police, webhookUrl: webhook.url });
  // The duty-to-report notice of SCENARIOS S5, sent again: the police's webhook refuses it.
  const run = new DemoRun({
    gatewayUrl: gateway.url,
    agenciesDir: join(dataDir, 'demo-agencies'),
    workDir: join(dataDir, 'dead-letter-run'),
  });
  const subject = demoPseudonym('sub', 'DemoS5DutyToReport');
  const casePseudonym = demoPseudonym('case', 'DemoS5DutyToReport');
  const sent = await run.send(
    'E2E',
    'd0',
    'rs.cptv',
    {
      type: 'nrm.proceedings-notice',
      version: 2,
      to: ['rs.police.belgrade-thb'],
      subject,
      case: casePseudonym,
      purpose: 'legal-proceedings',
      legalBasis: 'legal-obligation',
      consentRefs: [],
      subjectIsChild: false,
      area: 'beograd-stari-grad',
      payload: crimeReport({
        subject,
        casePseudonym,
        issuedBy: 'rs.cptv',
        reportedTo: 'rs.police.belgrade-thb',
        offence: 'Trafficking in human beings: a second report for the end-to-end test.',
        at: new Date(),
      }),
    },
    'accepted',
    { deliver: false },
  );
  if (sent === undefined) {
    throw new Error(`the dead-letter message was refused: ${JSON.stringify(run.steps.at(-1))}`);
  }
  for (;;) {
    const dead = await operator.operations.deadLetters.query({});
    if (dead.some((d) => d.messageId === sent.id)) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    dataDir,
    gateway,
    webhook,
    demoOutput,
    deadLetterId: sent.id,
    token,
    agencyToken: (id: string) =>
      readFileSync(join(dataDir, 'demo-agencies', id, 'token'), 'utf8').trim(),
    agencyFingerprint: (id: string) =>
      readFileSync(join(dataDir, 'demo-agencies', id, 'fingerprint'), 'utf8').trim(),
    async close() {
      await gateway.close();
      await webhook.close();
    },
  };
}
