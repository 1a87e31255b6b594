// A real PostgreSQL server for tests and local runs: the Debian binaries, a throwaway data
// directory, a free loopback port, trust authentication on loopback only.
//
//   import { startPostgres } from './scripts/services/postgres.mjs';
//   const pg = await startPostgres(); // { url, port, dataDir, stop(), restart() }
//
//   node scripts/services/postgres.mjs start   prints NRM_DATABASE_URL=… and leaves it running
//   node scripts/services/postgres.mjs stop    stops the one `start` left running
//
// initdb and postgres refuse to run as root: as root, they run as the `postgres` user.
import { execFileSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest installed Debian PostgreSQL, unless NRM_PG_BIN names a bin directory. */
function findBinDir() {
  if (process.env.NRM_PG_BIN) {
    return process.env.NRM_PG_BIN;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql) — or set NRM_PG_BIN.',
    );
  }
  return join(root, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asRoot = userInfo().uid === 0;

function postgresUser() {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Run a server binary, as the `postgres` user when we are root. */
function run(binDir, tool, args) {
  const file = join(binDir, tool);
  const [command, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', file, ...args]]
    : [file, args];
  return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function ctl(binDir, dataDir, port, action) {
  const options = [
    `-p ${port}`,
    `-k ${dataDir}`,
    '-c listen_addresses=127.0.0.1',
    // A throwaway test server: durability against power loss is not what it is for, and a
    // process crash (kill -9, restart) loses nothing without fsync either.
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const args =
    action === 'start'
      ? ['start', '-D', dataDir, '-l', join(dataDir, 'server.log'), '-w', '-t', '60', '-o', options]
      : ['stop', '-D', dataDir, '-w', '-t', '60', '-m', 'fast'];
  try {
    run(binDir, 'pg_ctl', args);
  } catch (error) {
    const log = existsSync(join(dataDir, 'server.log'))
      ? readFileSync(join(dataDir, 'server.log'), 'utf8')
      : '';
    throw new Error(
      `pg_ctl ${action} failed: ${error.stderr ?? error.message}\n${log.slice(-2000)}`,
    );
  }
}

/**
 * Start PostgreSQL on a free loopback port in a new data directory (or `options.dataDir`,
 * `options.port`). `stop()` stops it and removes the directory it created; `restart()` stops
 * and starts the same directory on the same port (fault tests).
 */
export async function startPostgres(options = {}) {
  const binDir = options.binDir ?? findBinDir();
  const port = options.port ?? (await freePort());
  const created = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'nrm-postgres-'));
  if (created) {
    if (asRoot) {
      const { uid, gid } = postgresUser();
      chownSync(dataDir, uid, gid);
    }
    run(binDir, 'initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
  }
  ctl(binDir, dataDir, port, 'start');
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (running) {
        ctl(binDir, dataDir, port, 'stop');
        running = false;
      }
      if (created && !options.keep) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    async restart() {
      if (running) {
        ctl(binDir, dataDir, port, 'stop');
      }
      ctl(binDir, dataDir, port, 'start');
      running = true;
    },
  };
}

const stateFile = join(tmpdir(), 'nrm-services-postgres.json');

async function main(command) {
  if (command === 'start') {
    const pg = await startPostgres({ keep: true });
    writeFileSync(stateFile, JSON.stringify({ url: pg.url, port: pg.port, dataDir: pg.dataDir }));
    console.log(`NRM_DATABASE_URL=${pg.url}`);
    console.log(`data directory: ${pg.dataDir} (node scripts/services/postgres.mjs stop)`);
    return;
  }
  if (command === 'stop') {
    if (!existsSync(stateFile)) {
      console.error('No PostgreSQL started by `start` is recorded.');
      process.exitCode = 1;
      return;
    }
    const { dataDir, port } = JSON.parse(readFileSync(stateFile, 'utf8'));
    try {
      ctl(findBinDir(), dataDir, port, 'stop');
    } catch (error) {
      // Already stopped: the directory is removed all the same.
      console.error(error.message.split('\n')[0]);
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(stateFile, { force: true });
    console.log('stopped');
    return;
  }
  console.error('usage: node scripts/services/postgres.mjs start|stop');
  process.exitCode = 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(process.argv[2]);
}
