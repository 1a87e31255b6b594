// Runs a package's CLI from its TypeScript sources (no build needed), like `pnpm demo`, in the
// folder pnpm was started from, so relative paths (--out, --dir) mean what the user typed.
// Signals are passed on, so a long-running command stops the way it would when built.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Run `<package>/src/cli/main.ts` with the arguments given to the calling script. */
export function runSourceCli(packageDir) {
  const dir = join(root, packageDir);
  const tsx = pathToFileURL(
    join(
      dirname(createRequire(join(dir, 'package.json')).resolve('tsx/package.json')),
      'dist/loader.mjs',
    ),
  ).href;
  const child = spawn(
    process.execPath,
    [
      '--import',
      tsx,
      '--conditions=@nrm/source',
      join(dir, 'src/cli/main.ts'),
      ...process.argv.slice(2),
    ],
    { cwd: process.env.INIT_CWD ?? process.cwd(), stdio: 'inherit', env: process.env },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
