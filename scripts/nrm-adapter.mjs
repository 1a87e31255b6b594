// `pnpm nrm-adapter …`: the `nrm-adapter` CLI from the TypeScript sources (no build needed), like `pnpm demo`.
// Runs in the folder pnpm was started from, so relative paths (--out, --dir) mean what you typed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const adapters = join(root, 'packages/adapters');
const tsx = pathToFileURL(
  join(
    dirname(createRequire(join(adapters, 'package.json')).resolve('tsx/package.json')),
    'dist/loader.mjs',
  ),
).href;
const child = spawn(
  process.execPath,
  [
    '--import',
    tsx,
    '--conditions=@nrm/source',
    join(adapters, 'src/cli/main.ts'),
    ...process.argv.slice(2),
  ],
  { cwd: process.env.INIT_CWD ?? process.cwd(), stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
