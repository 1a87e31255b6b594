import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GATEWAY_MAIN } from '../../scripts/gateway-dist.mjs';

export const hasTaskset = () => spawnSync('taskset', ['--version']).status === 0;

/** Resident memory of a process in MiB (Linux /proc), or NaN elsewhere. */
export function rssMiB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * The production gateway (`dist/server/main.js`) in its own process on a free loopback port, in
 * a throwaway data folder, seeded with the demo agencies; `cores` = '0' pins it to one core with
 * taskset. `entry` replaces the command (the cold-start comparison runs the sources via tsx).
 * Resolves once the "listening" line is out, with the time from spawn to that line.
 */
export async function startGateway({ cores, command, env = {}, dataDir } = {}) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'nrm-bench-gw-'));
  const node = command ?? [process.execPath, GATEWAY_MAIN, '--demo'];
  const argv = cores === undefined ? node : ['taskset', '-c', cores, ...node];
  const spawnedAt = performance.now();
  const child = spawn(argv[0], argv.slice(1), {
    env: {
      ...process.env,
      NRM_DATA_DIR: dir,
      PORT: '0',
      NRM_RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const match = /NRM gateway listening on (http:\/\/\S+)/.exec(out);
      if (match !== null) {
        child.stdout.off('data', onData);
        // The request log keeps coming; drain it so the gateway never blocks on a full pipe.
        child.stdout.resume();
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gateway exited ${code}: ${stderr}`)));
  });
  const listeningMs = performance.now() - spawnedAt;
  const stop = () =>
    new Promise((resolve) => {
      child.removeAllListeners('exit');
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    url,
    dataDir: dir,
    pid: child.pid,
    listeningMs,
    stop: async () => {
      await stop();
      if (dataDir === undefined) {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
