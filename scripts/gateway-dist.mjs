// The gateway's built JavaScript for `pnpm start`, the bench and the fuzzer: packages/gateway/dist
// and the dist of the workspace packages it imports at run time. A start rebuilds only when a
// stamp written after the last build is older than any source, package.json or build config, so
// a second start pays nothing; the rebuild emits JavaScript only (esbuild through tsup, seconds),
// since declarations are for publishing (`pnpm build`) and cost minutes on a small machine.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** In build order: each package's dist is imported by the ones after it. */
export const RUNTIME_PACKAGES = ['domain', 'schemas', 'client', 'gateway'];

/** The production entry point that `pnpm start` runs. */
export const GATEWAY_MAIN = join(root, 'packages', 'gateway', 'dist', 'server', 'main.js');

const STAMP = join(root, 'packages', 'gateway', 'dist', '.built-from-sources');
const LOCK = join(root, 'node_modules', '.cache', 'nrm-gateway-dist.lock');
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.build.json'];

function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why the dist must be rebuilt, or undefined when it is current. */
export function distStaleness() {
  const built = mtime(STAMP);
  if (built === undefined || mtime(GATEWAY_MAIN) === undefined) {
    return 'no build yet';
  }
  for (const name of RUNTIME_PACKAGES) {
    const dir = join(root, 'packages', name);
    if (mtime(join(dir, 'dist')) === undefined) {
      return `packages/${name}/dist is missing`;
    }
    for (const input of INPUTS) {
      if (newestMtime(join(dir, input)) > built) {
        return `packages/${name}/${input} changed since the last build`;
      }
    }
  }
  return undefined;
}

const BUILD = "import('tsup').then((tsup) => tsup.build({ dts: false, silent: true }))";

function buildJavaScript(cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', BUILD], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tsup in ${cwd} failed:\n${output}`)),
    );
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Several starts at once (parallel test files) must not build into the same folders together:
// mkdir is atomic, so the first one builds and the others wait, then find the dist current.
async function withLock(work) {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') {
        throw error;
      }
      // A lock older than five minutes belongs to a build that was killed.
      if (Date.now() - (mtime(LOCK) ?? Date.now()) > 300_000) {
        rmSync(LOCK, { recursive: true, force: true });
      }
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds the runtime dist when it is missing or older than its sources; `say` hears one line
 * when a build happens. Returns the reason it built, or undefined when it was current.
 */
export async function ensureGatewayDist(say = () => {}) {
  if (distStaleness() === undefined) {
    return undefined;
  }
  return withLock(async () => {
    const reason = distStaleness();
    if (reason === undefined) {
      return undefined;
    }
    say(`building the gateway's JavaScript (${reason}) …`);
    for (const name of RUNTIME_PACKAGES) {
      // A process per package: tsup reads the package's tsup.config.ts from its working
      // directory, and esbuild keeps the working directory it was first started in.
      await buildJavaScript(join(root, 'packages', name));
    }
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
    return reason;
  });
}
