/**
 * `@nrm/client` as an agency installs it: the built package and the workspace packages it
 * depends on are packed with `pnpm pack` (which turns `workspace:*` into versions) and
 * installed together with `npm install` in an empty folder, with no C compiler reachable.
 * Nothing may compile or run an install script there, and the `nrm` binary must work both
 * through `npx` and installed globally (`npm install -g`, into a throwaway prefix).
 *
 * Needs `pnpm` and `npm` on the PATH and the npm registry for the third-party dependencies
 * (commander, openpgp, zod). Builds the three packages first (tsup): `pnpm test` runs vitest
 * on the sources, without a build step.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const PACKED = ['domain', 'schemas', 'client'] as const;

let work: string;
let tarballs: string[];
let project: string;
/** What `npm install` printed (with `--foreground-scripts`, any install script's output too). */
let installOutput: string;
/** Every command the test runs in the installed folder gets this: no compiler to be found. */
let noCompiler: NodeJS.ProcessEnv;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function sh(command: string, args: string[], cwd: string): Promise<Result> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      env: noCompiler,
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? String(error),
    };
  }
}

function expectOk(result: Result, what: string): void {
  if (result.code !== 0) {
    throw new Error(`${what} exited ${String(result.code)}:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Every file under `dir` whose name satisfies `test`, as paths relative to `dir`. */
function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) =>
    test(path.split('/').pop() ?? path),
  );
}

/** Installed packages that declare an install-time script (the ones that compile natively). */
function packagesWithInstallScripts(nodeModules: string): string[] {
  return filesUnder(nodeModules, (name) => name === 'package.json').filter((path) => {
    try {
      const scripts = (
        JSON.parse(readFileSync(join(nodeModules, path), 'utf8')) as {
          scripts?: Record<string, unknown>;
        }
      ).scripts;
      return ['preinstall', 'install', 'postinstall'].some((hook) => scripts?.[hook] !== undefined);
    } catch {
      return false; // fixtures inside packages may be deliberately broken JSON
    }
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'nrm-client-pack-'));
  // A PATH entry that shadows the usual compilers with failing ones, and the variables
  // node-gyp reads: if anything tried to compile, the install would fail.
  const bin = join(work, 'no-compiler-bin');
  mkdirSync(bin);
  for (const tool of ['cc', 'gcc', 'c++', 'g++', 'clang', 'make', 'python3']) {
    await run('ln', ['-s', '/bin/false', join(bin, tool)]);
  }
  noCompiler = {
    ...process.env,
    PATH: `${bin}:${process.env['PATH'] ?? ''}`,
    CC: '/bin/false',
    CXX: '/bin/false',
    npm_config_nodedir: join(work, 'no-node-headers'),
    npm_config_update_notifier: 'false',
    NODE_OPTIONS: '',
  };
  const build = await run('pnpm', ['--filter', '@nrm/client...', 'run', 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(build.stderr).not.toMatch(/ERR_PNPM/);
  const packs = join(work, 'tarballs');
  mkdirSync(packs);
  for (const name of PACKED) {
    await run('pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(repoRoot, 'packages', name),
      encoding: 'utf8',
    });
  }
  tarballs = readdirSync(packs).map((file) => join(packs, file));
  project = join(work, 'agency');
  mkdirSync(project);
  const install = await sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--foreground-scripts', ...tarballs],
    project,
  );
  expectOk(install, 'npm install of the packed tarballs');
  installOutput = install.stdout + install.stderr;
}, 600_000);

afterAll(() => {
  if (work !== undefined) {
    rmSync(work, { recursive: true, force: true });
  }
});

// Each step starts npm or node afresh; on a loaded machine that takes more than the default.
describe('the packed @nrm/client', { timeout: 180_000 }, () => {
  it('packs @nrm/client with its workspace dependencies as versions, not workspace:*', () => {
    expect(tarballs.map((path) => path.split('/').pop())).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nrm-client-\d+\.\d+\.\d+\.tgz$/),
        expect.stringMatching(/^nrm-domain-\d+\.\d+\.\d+\.tgz$/),
        expect.stringMatching(/^nrm-schemas-\d+\.\d+\.\d+\.tgz$/),
      ]),
    );
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules/@nrm/client/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    expect(Object.values(installed.dependencies).join(' ')).not.toContain('workspace:');
  });

  it('installs without compiling: no install script, no node-gyp, no native binary', () => {
    const nodeModules = join(project, 'node_modules');
    expect(installOutput).not.toMatch(/node-gyp|prebuild|gyp info/i);
    expect(packagesWithInstallScripts(nodeModules)).toEqual([]);
    expect(filesUnder(nodeModules, (name) => name.endsWith('.node'))).toEqual([]);
    expect(filesUnder(nodeModules, (name) => name === 'binding.gyp')).toEqual([]);
    for (const server of ['better-sqlite3', 'fastify', 'kysely', 'prom-client', '@trpc/server']) {
      expect(existsSync(join(nodeModules, server)), server).toBe(false);
    }
  });

  it('`npx nrm --help` runs there and lists the agency commands', async () => {
    const help = await sh('npx', ['--no-install', 'nrm', '--help'], project);
    expectOk(help, 'npx nrm --help');
    expect(help.stdout).toContain('Usage: nrm');
    for (const command of ['init', 'send', 'inbox', 'log']) {
      expect(help.stdout).toMatch(new RegExp(`\\n  ${command} `));
    }
  });

  it('`npx nrm init` makes an agency key pair there; the SDK imports by package name', async () => {
    const init = await sh('npx', ['--no-install', 'nrm', 'init', 'rs.atina'], project);
    expectOk(init, 'npx nrm init');
    expect(init.stdout).toMatch(/fingerprint [0-9a-f]{40}/);
    expect(readFileSync(join(project, 'rs.atina/public-key.asc'), 'utf8')).toContain(
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    );
    const sdk = await sh(
      'node',
      [
        '--input-type=module',
        '-e',
        "import { uuidv7, readPublicKeys } from '@nrm/client'; import { readFileSync } from 'node:fs';" +
          " const [key] = await readPublicKeys(readFileSync('rs.atina/public-key.asc', 'utf8'));" +
          ' console.log(key.getFingerprint(), uuidv7(new Date()).length);',
      ],
      project,
    );
    expectOk(sdk, 'importing @nrm/client');
    expect(sdk.stdout).toMatch(/^[0-9a-f]{40} 36\n$/);
  });

  it('a bad command exits 1 with one line and no stack trace', async () => {
    const again = await sh('npx', ['--no-install', 'nrm', 'init', 'rs.atina'], project);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error ID_CONFLICT: /);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('`npm install -g` of the tarballs puts a working `nrm` on the PATH, run from any folder', async () => {
    const prefix = join(work, 'global');
    const install = await sh(
      'npm',
      ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', ...tarballs],
      work,
    );
    expectOk(install, 'npm install -g');
    const elsewhere = mkdtempSync(join(work, 'elsewhere-'));
    const help = await sh(join(prefix, 'bin/nrm'), ['--help'], elsewhere);
    expectOk(help, 'nrm --help');
    expect(help.stdout).toContain('Usage: nrm');
    const keygen = await sh(join(prefix, 'bin/nrm'), ['init', 'rs.cptv'], elsewhere);
    expectOk(keygen, 'nrm init');
    expect(existsSync(join(elsewhere, 'rs.cptv/private-key.asc'))).toBe(true);
  });
});
