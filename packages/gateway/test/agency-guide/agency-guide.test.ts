/**
 * The README's agency integration guide and configuration reference, checked against the
 * code: the SDK example runs against a real gateway and is quoted verbatim in the README; the
 * CLI block runs as written with the real `nrm` program; every `process.env` variable of
 * `src/` is in the configuration table.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { referWithConsent } from '../../docs/examples/refer-with-consent.js';
import { readmeBlock } from '../../src/demo/partner-guide.js';
import { readDemoAdminToken } from '../../src/seed/seed-demo.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { testDatabase } from '../test-database.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const cliMain = join(packageDir, 'src/cli/main.ts');
// The shell runs in a temporary folder, so tsx is named by its file, not resolved from the cwd.
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxLoader = pathToFileURL(join(dirname(tsxPackage), 'dist/loader.mjs')).href;
const shellTools = ['jq', 'sed'].filter(
  (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0,
);
if (shellTools.length > 0) {
  console.warn(`README CLI block skipped: ${shellTools.join(', ')} not on the PATH.`);
}

let gateway: RunningGateway;
let dataDir: string;
let work: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nrm-guide-gw-'));
  work = mkdtempSync(join(tmpdir(), 'nrm-guide-'));
  gateway = await startGateway({
    dataDir,
    ...(await testDatabase(dataDir)),
    port: 0,
    server: { logger: false },
  });
});

afterAll(async () => {
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('agency integration guide', () => {
  it('the README quotes the SDK example verbatim', () => {
    const example = readFileSync(join(packageDir, 'docs/examples/refer-with-consent.ts'), 'utf8');
    expect(readme).toContain('```ts\n' + example + '```');
  });

  it('the SDK example sends a consent record and a referral v3 on it; CPTV receives and acknowledges both', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const status = await referWithConsent(gateway.url, join(dataDir, 'demo-agencies'));
      expect(status).toBe('rs.cptv acknowledged');
      expect(log).toHaveBeenCalledWith('nrm.consent-record from rs.astra');
      expect(log).toHaveBeenCalledWith('nrm.referral from rs.astra');
    } finally {
      log.mockRestore();
    }
  });

  it.skipIf(shellTools.length > 0)(
    'the CLI block registers an agency, sends, fetches and reads the status',
    async () => {
      const script = `nrm() { "${process.execPath}" --import ${tsxLoader} --conditions=@nrm/source "${cliMain}" "$@"; }\n${readmeBlock('cli', readme.replaceAll('agency-guide:cli', 'foreign-partner:cli'))}`;
      const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: work,
        encoding: 'utf8',
        env: {
          ...process.env,
          NRM_GATEWAY_URL: gateway.url,
          NRM_ADMIN_TOKEN: readDemoAdminToken(dataDir, 'operator'),
          AGENCIES: join(dataDir, 'demo-agencies'),
          NODE_OPTIONS: '',
        },
      });
      expect(readFileSync(join(work, 'novi-put', 'token'), 'utf8')).toMatch(/^nrm_\S+\n$/);
      const sent = JSON.parse(readFileSync(join(work, 'sent.json'), 'utf8')) as { id: string };
      expect(sent).toMatchObject({ status: 'accepted' });
      const fetched = readdirSync(join(work, 'inbox'));
      expect(fetched).toContain(sent.id);
      expect(statSync(join(work, 'inbox', sent.id, 'payload.json')).isFile()).toBe(true);
      expect(stdout).toContain('"status": "acknowledged"');
    },
    60_000,
  );
});

describe('configuration reference', () => {
  /** Every `process.env['X']` / `env['X']` name under src/ (tests excluded). */
  function envNames(dir: string): string[] {
    const names: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        names.push(...envNames(path));
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/env\[['"]([A-Z][A-Z0-9_]+)['"]\]|'(NRM_[A-Z0-9_]+)'/g)) {
          names.push(match[1] ?? match[2]!);
        }
      }
    }
    return [...new Set(names)].sort();
  }

  it('lists every environment variable the package reads', () => {
    const names = envNames(join(packageDir, 'src'));
    expect(names).toEqual(expect.arrayContaining(['NRM_DATA_DIR', 'PORT', 'NRM_GATEWAY_URL']));
    const section = readme.slice(readme.indexOf('## Configuration reference'));
    const undocumented = names.filter(
      (name) => name !== 'PATH' && !section.includes(`\`${name}\``),
    );
    expect(undocumented).toEqual([]);
  });
});
