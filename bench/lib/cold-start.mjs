import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rssMiB, startGateway } from './gateway-process.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The two ways to start the production gateway: `pnpm start` (built JavaScript) and tsx. */
export const STARTS = {
  dist: [process.execPath, join(root, 'scripts', 'start.mjs'), '--production'],
  tsx: [
    process.execPath,
    '--import',
    'tsx',
    '--conditions=@nrm/source',
    join(root, 'packages', 'gateway', 'src', 'server', 'main.ts'),
  ],
};

/**
 * Cold start on a fresh data folder: process spawn to the "listening" line (the dist is built
 * beforehand, so this is the start an operator sees every time after the first), and the
 * resident memory after `idleMs` of nothing. The median of `runs`.
 */
export async function coldStart(kind, { runs = 3, idleMs = 2000 } = {}) {
  const starts = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'nrm-bench-start-'));
    const gateway = await startGateway({ command: STARTS[kind], dataDir });
    starts.push(gateway.listeningMs);
    await sleep(idleMs);
    rss.push(rssMiB(gateway.pid));
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { startSeconds: median(starts) / 1000, idleRssMiB: median(rss) };
}
