import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** `main.ts` in a process of its own; `restart()` starts it again with the same settings. */
export interface GatewayProcess {
  readonly role: 'api' | 'worker';
  /** The API's base URL (fixed across restarts); empty for a worker. */
  readonly url: string;
  /** Whether the process is up (started and not yet killed). */
  readonly up: boolean;
  output(): string;
  /** kill -9: no shutdown hook runs. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** SIGTERM: the orderly shutdown (a last checkpoint is signed). */
  stop(): Promise<void>;
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Run `main.ts` with `args` to its end (the init command); its output, or the failure. */
export function runMain(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@nrm/source', 'packages/gateway/src/server/main.ts', ...args],
    { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Start a gateway process with `--demo` in `role`; resolves once it says it is ready. */
export async function startGatewayProcess(
  role: 'api' | 'worker',
  env: Record<string, string>,
): Promise<GatewayProcess> {
  const port = role === 'api' ? await freePort() : 0;
  const url = role === 'api' ? `http://127.0.0.1:${port}` : '';
  let child: ChildProcess | undefined;
  let out = '';

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--conditions=@nrm/source',
          'packages/gateway/src/server/main.ts',
          '--demo',
        ],
        {
          cwd: repoRoot,
          env: { ...process.env, ...env, NRM_ROLE: role, PORT: String(port) },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = started;
      let mine = '';
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        mine += text;
        // Keep the tail only: a long run prints a lot of request logs.
        out = (out + text).slice(-20_000);
        const ready =
          role === 'api'
            ? mine.includes('NRM gateway listening on')
            : mine.includes('NRM gateway worker pushing webhooks');
        if (ready) {
          started.off('exit', onExit);
          resolve();
        }
      };
      const onExit = (code: number | null) =>
        reject(new Error(`gateway ${role} exited with ${code} while starting:\n${mine}`));
      started.once('exit', onExit);
      started.stdout.on('data', onData);
      started.stderr.on(
        'data',
        (chunk: Buffer) => (out = (out + chunk.toString('utf8')).slice(-20_000)),
      );
    });

  const signal = async (name: NodeJS.Signals) => {
    const current = child;
    if (current === undefined || exited(current)) {
      return;
    }
    await new Promise<void>((resolve) => {
      current.once('exit', () => resolve());
      current.kill(name);
    });
  };

  await launch();
  return {
    role,
    url,
    get up() {
      return child !== undefined && !exited(child);
    },
    output: () => out,
    kill: () => signal('SIGKILL'),
    restart: launch,
    stop: () => signal('SIGTERM'),
  };
}
