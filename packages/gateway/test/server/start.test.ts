/**
 * `pnpm start` (scripts/start.mjs) as real processes: the demo start seeds the demo agencies
 * and its banner names the gateway key fingerprint, the key and token files and `pnpm demo`;
 * `pnpm start --production` seeds nothing, writes one operator token on its first start — the
 * token its banner's next command uses to register an agency — and none on a restart.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { displayFingerprint, generateAgencyKey, readPublicKeys } from '@nrm/client/crypto';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) {
    child.kill('SIGKILL');
  }
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A `node scripts/start.mjs ARGS` process whose banner is complete. */
interface Started {
  banner: string;
  url: string;
  stop: () => Promise<void>;
}

function start(dataDir: string, args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NRM_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no banner:\n${out}\n${err}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /NRM gateway listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined && /\n {2}next {9}.*\n/.test(out)) {
        clearTimeout(timer);
        resolve({ banner: out, url, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start exited with ${String(code)}:\n${out}\n${err}`));
    });
  });
}

async function fingerprintIn(dataDir: string): Promise<string> {
  const [key] = await readPublicKeys(readFileSync(join(dataDir, 'gateway-key.pub.asc'), 'utf8'));
  return displayFingerprint(key!.getFingerprint());
}

describe('pnpm start', () => {
  it('demo: seeds the demo agencies; the banner names the gateway key, the files and pnpm demo', async () => {
    const dataDir = tempDir('nrm-start-demo-');
    const { banner, url, stop } = await start(dataDir, []);
    await stop();
    expect(existsSync(join(dataDir, 'demo-agencies', 'at.lefoe-ibf', 'token'))).toBe(true);
    expect(existsSync(join(dataDir, 'operator-token'))).toBe(false);
    expect(banner).toContain('  mode         demo: ');
    expect(banner).toContain(`  gateway key  ${await fingerprintIn(dataDir)}  (valid from `);
    expect(banner).toContain(
      `  key files    ${join(dataDir, 'gateway-key.asc')} (private, 0600), ${join(dataDir, 'gateway-key.pub.asc')}\n`,
    );
    expect(banner).toContain(`${join(dataDir, 'demo-agencies', '<agency id>')}/token`);
    expect(banner).toContain(`${join(dataDir, 'demo-admins', '{operator,dpo,auditor}')}/token`);
    expect(banner).toContain(
      `  next         NRM_GATEWAY_URL=${url} NRM_DATA_DIR=${dataDir} pnpm demo\n`,
    );
  }, 120_000);

  it('--production: nothing seeded; one operator token, kept across a restart, registers the first agency', async () => {
    const dataDir = tempDir('nrm-start-prod-');
    const first = await start(dataDir, ['--production']);
    await first.stop();
    const tokenFile = join(dataDir, 'operator-token');
    expect(existsSync(join(dataDir, 'demo-agencies'))).toBe(false);
    expect(existsSync(join(dataDir, 'demo-admins'))).toBe(false);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(first.banner).toContain('  mode         production: nothing seeded');
    expect(first.banner).toContain(`  gateway key  ${await fingerprintIn(dataDir)}  (valid from `);
    expect(first.banner).toContain(
      `  tokens       ${tokenFile} (operator, written by this first start`,
    );
    expect(first.banner).toContain(
      `  next         NRM_GATEWAY_URL=${first.url} nrm agency register <agency id> --name … --kind … --jurisdiction … --public-key <file> --admin-token "$(cat ${tokenFile})"\n`,
    );
    const token = readFileSync(tokenFile, 'utf8');

    const second = await start(dataDir, ['--production']);
    try {
      expect(readFileSync(tokenFile, 'utf8')).toBe(token);
      expect(second.banner).toContain(`  tokens       ${tokenFile} (operator)\n`);
      // The banner's next command, with the token it names, registers the first agency.
      const pair = await generateAgencyKey({ agencyId: 'at.lefoe-ibf', at: new Date() });
      writeFileSync(join(dataDir, 'lefoe.asc'), pair.publicKey);
      let stdout = '';
      let stderr = '';
      const code = await runCli(
        [
          'agency',
          'register',
          'at.lefoe-ibf',
          '--name',
          'LEFÖ-IBF',
          '--kind',
          'foreign-partner',
          '--jurisdiction',
          'AT',
          '--public-key',
          'lefoe.asc',
          '--admin-token',
          token.trim(),
        ],
        {
          stdout: (text) => (stdout += text),
          stderr: (text) => (stderr += text),
          env: { NRM_GATEWAY_URL: second.url },
          now: () => new Date(),
          cwd: dataDir,
        },
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^registered at\.lefoe-ibf with key [0-9a-f]{40}\ntoken \S+\n$/);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('refuses an unknown argument instead of ignoring it', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['scripts/start.mjs', '--seed-nothing'],
        {
          cwd: repoRoot,
          env: { ...process.env, NRM_DATA_DIR: tempDir('nrm-start-bad-'), PORT: '0' },
        },
        (error, _stdout, stderr) => {
          resolve({ code: error === null ? 0 : (error.code as number), stderr });
        },
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'gateway failed to start: unknown argument --seed-nothing (the only one is --demo)\n',
    );
  }, 60_000);
});
