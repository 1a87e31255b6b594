/**
 * The DPO guide's shell blocks, run as written against a real gateway seeded like
 * `pnpm start` (the DPO token in `.data/demo-admins/dpo/token`) after scenario S1 of the demo
 * created the two brothers the guide names.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRun } from '../../src/demo/demo-run.js';
import { childReferral } from '../../src/demo/scenarios/s1-child-referral.js';
import { stepPassed } from '../../src/demo/trace.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { testDatabase } from '../test-database.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(packageDir, 'docs/dpo-guide.md'), 'utf8');
const cliMain = join(packageDir, 'src/cli/main.ts');
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxLoader = pathToFileURL(join(dirname(tsxPackage), 'dist/loader.mjs')).href;
const hasCurl = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;

/** The bash block after `<!-- dpo-guide:<name> -->`. */
function guideBlock(name: string): string {
  const marker = `<!-- dpo-guide:${name} -->`;
  const start = guide.indexOf(marker);
  const block = /^```bash\n([\s\S]*?)^```/m.exec(guide.slice(start + marker.length));
  if (start < 0 || block?.[1] === undefined) {
    throw new Error(`the DPO guide has no ${marker} bash block`);
  }
  return block[1];
}

let gateway: RunningGateway;
let dataDir: string;
let work: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nrm-dpo-guide-gw-'));
  work = mkdtempSync(join(tmpdir(), 'nrm-dpo-guide-'));
  // The guide runs from the repository root, where `pnpm start` keeps its data in `.data`.
  symlinkSync(dataDir, join(work, '.data'));
  gateway = await startGateway({
    dataDir,
    ...(await testDatabase(dataDir)),
    port: 0,
    server: { logger: false },
  });
  const run = new DemoRun({
    gatewayUrl: gateway.url,
    agenciesDir: join(dataDir, 'demo-agencies'),
    workDir: join(work, 'demo'),
  });
  await childReferral(run, () => new Date());
  expect(run.steps.every(stepPassed)).toBe(true);
}, 60_000);

afterAll(async () => {
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function runBlock(name: string): Promise<string> {
  const script = `nrm() { "${process.execPath}" --import ${tsxLoader} --conditions=@nrm/source "${cliMain}" "$@"; }\n${guideBlock(name)}`;
  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NRM_GATEWAY_URL: gateway.url, NODE_OPTIONS: '' },
  });
  return stdout;
}

describe.skipIf(!hasCurl)('DPO guide', () => {
  it('the first-hour block runs as written on the demo data', async () => {
    const stdout = await runBlock('first-hour');
    expect(stdout).toContain('Pravila o pravnom osnovu rs-nrm-gateway');
    expect(stdout).toContain(
      'Mandatory referral of a child to the centre for social work [mandatory-child-referral, v2]',
    );
    expect(stdout).toMatch(/^DRY RUN: nothing was deleted or logged/m);
    expect(stdout).toContain('Retention sweep preview at');
    const report = readFileSync(join(work, 'report.txt'), 'utf8');
    expect(report).toContain('Извештај о вашим подацима о личности');
    expect(report).toContain('sub_DemoS1OlderBrother00');
    const head = JSON.parse(readFileSync(join(work, 'tree-head-today.json'), 'utf8')) as {
      treeSize: number;
    };
    expect(head.treeSize).toBeGreaterThan(0);
  }, 60_000);

  it('the vital-interests block: identity and location may go to the police, process may not', async () => {
    const answer = JSON.parse(await runBlock('vital-interests')) as {
      recipients: {
        agency: string;
        permitted: string[];
        withheld: string[];
        refused: { detail: string; message: string }[];
      }[];
    };
    expect(answer.recipients).toEqual([
      {
        agency: 'rs.police.belgrade-thb',
        permitted: ['identity', 'location'],
        withheld: ['process'],
        refused: [
          {
            detail: 'category-not-covered',
            message: 'rule vital-interests does not cover process',
          },
        ],
      },
    ]);
  }, 30_000);
});
