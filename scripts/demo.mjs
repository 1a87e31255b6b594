// `pnpm demo`: the scenarios of SCENARIOS.md end to end against a gateway, printed as a trace.
// Set NRM_GATEWAY_URL (and NRM_DEMO_AGENCIES or NRM_DATA_DIR) to use a running gateway such as
// the one `pnpm start` serves; otherwise the demo starts its own in a temporary folder.
// Runs from the TypeScript sources through the `@nrm/source` export condition, like `pnpm start`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--conditions=@nrm/source',
    'packages/gateway/src/demo/main.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
