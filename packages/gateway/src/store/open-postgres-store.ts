import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { POSTGRES_DIALECT } from './dialect.js';
import { migrateStore, type Store } from './open-store.js';
import type { Database } from './tables.js';

// int8 (COUNT(*), SUM) comes back as a string by default; every count here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Open (and migrate) the gateway store on PostgreSQL (`NRM_DATABASE_URL`). Several gateway
 * processes may share it: migrations run under a lock Kysely takes, log appends are ordered
 * by the sequencer row, deliveries are claimed with `FOR UPDATE SKIP LOCKED`.
 */
export async function openPostgresStore(url: string, poolSize = 10): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closed (a restart, a failover) is dropped by the pool and
  // the next query opens a new one; unheard, its 'error' event would end the process.
  pool.on('error', () => {});
  // The same for a connection checked out between two queries of a transaction: the server's
  // goodbye must fail that transaction (the caller retries), not end the process. The pool
  // drops a client that has failed when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return migrateStore(db, POSTGRES_DIALECT);
}
