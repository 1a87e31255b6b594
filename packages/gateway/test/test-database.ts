import { createHash } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * On the `gateway-postgres` project: `{ databaseUrl }` of a database of its own for the gateway
 * whose data folder is `dataDir` — the same database again for the same folder, so a gateway
 * restarted on its folder finds its records. On SQLite: `{}` (the file in `dataDir`).
 */
export async function testDatabase(dataDir: string): Promise<{ databaseUrl?: string }> {
  const server = inject('nrmPostgresUrl');
  if (server === undefined) {
    return {};
  }
  const name = `nrm_${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database ${name}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}
