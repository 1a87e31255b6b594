// `pnpm demo`: the scenarios of SCENARIOS.md end to end against a gateway, printed as a trace.
// It uses the gateway `pnpm start` serves at the default address when that one accepts the demo
// tokens in .data/demo-agencies, or the one NRM_GATEWAY_URL names (with NRM_DEMO_AGENCIES or
// NRM_DATA_DIR); otherwise it starts its own in a temporary folder, and says which it used.
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
