import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, Migrator, SqliteDialect, type Driver } from 'kysely';
import { GatewayError } from '@nrm/client/errors';
import { SQLITE_DIALECT, type StoreDialect } from './dialect.js';
import { GatewayStore } from './gateway-store.js';
import { GatewayMigrations } from './migrations/index.js';
import type { Database } from './tables.js';

/** An open gateway store. `close()` releases the file or the connection pool. */
export interface Store {
  /** The records by kind: what the gateway's modules use. */
  readonly store: GatewayStore;
  /** The raw database, for migrations and for tests that inspect or damage rows. */
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

/** Migrate `db` to the newest schema; a failure closes it and is INTERNAL. */
export async function migrateStore(db: Kysely<Database>, dialect: StoreDialect): Promise<Store> {
  const migrator = new Migrator({ db, provider: new GatewayMigrations(dialect.name) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    throw new GatewayError('INTERNAL', { message: 'Store migration failed.', cause: error });
  }
  return { store: new GatewayStore(db, dialect), db, close: () => db.destroy() };
}

/**
 * Write transactions take the write lock when they begin (`begin immediate`). A deferred
 * transaction that reads first and then writes fails with "database is locked", without
 * waiting, when another process wrote in between; an immediate one waits its turn
 * (busy_timeout), so several processes can share the file.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/**
 * Open (and migrate) the embedded SQLite store. WAL for concurrent readers and
 * `synchronous=FULL` so a submit acknowledged to a client is on disk before the answer
 * leaves: it survives kill -9 and power loss, not just a crash of the process.
 */
export async function openSqliteStore(file: string): Promise<Store> {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return migrateStore(db, SQLITE_DIALECT);
}
