import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/open-postgres-store.js';
import { testDatabase } from '../test-database.js';

// A database restart or failover ends every connection; one a transaction holds between two
// queries gets the server's goodbye as an 'error' event, which must fail that transaction,
// never end the gateway process. PostgreSQL only: SQLite has no server to restart.
const dataDir = mkdtempSync(join(tmpdir(), 'nrm-connection-ended-'));
const { databaseUrl } = await testDatabase(dataDir);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(databaseUrl === undefined)('a PostgreSQL connection ended by the server', () => {
  it('fails the transaction holding it; the process lives on and the next query works', async () => {
    const opened = await openPostgresStore(databaseUrl!, 2);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const transaction = opened.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        // The goodbye arrives while no query runs on this connection.
        await new Promise((resolve) => setTimeout(resolve, 500));
        await sql`select 1`.execute(trx);
      });
      await expect(transaction).rejects.toThrow();
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(opened.db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
      await opened.close();
    }
  });
});
