// `pnpm start`: the gateway on its embedded default, seeded with the demo agencies (--demo).
// `pnpm start --production` seeds nothing (an empty registry gets one operator token), like
// `node packages/gateway/dist/server/main.js`. Both run the built JavaScript, never TypeScript
// at run time (ADR 0018): the dist is built first when it is missing or older than its sources.
import { ensureGatewayDist, GATEWAY_MAIN } from './gateway-dist.mjs';

const args = process.argv.slice(2).filter((arg) => arg !== '--' && arg !== '--production');
const production = process.argv.includes('--production');
try {
  await ensureGatewayDist((line) => process.stdout.write(`${line}\n`));
} catch (error) {
  process.stderr.write(
    `gateway failed to build: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
// The gateway runs in this process: one Node start instead of two, and signals reach it directly.
process.argv = [process.argv[0], GATEWAY_MAIN, ...(production ? [] : ['--demo']), ...args];
await import(GATEWAY_MAIN);
