// `pnpm start`: the gateway on its embedded default, seeded with the demo agencies (--demo).
// `pnpm start --production` seeds nothing (an empty registry gets one operator token), like
// `node packages/gateway/dist/server/main.js` after a build. Runs from the TypeScript sources
// through the `@nrm/source` export condition, so no build step stands between a clone and a server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((arg) => arg !== '--' && arg !== '--production');
const production = process.argv.includes('--production');
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--conditions=@nrm/source',
    'packages/gateway/src/server/main.ts',
    ...(production ? [] : ['--demo']),
    ...args,
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
