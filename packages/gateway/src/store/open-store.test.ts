import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'nrm-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openSqliteStore', () => {
  it('creates every table, WAL and synchronous=FULL, and migrates idempotently', async () => {
    const file = join(dir, 'a', 'gateway.sqlite');
    const store = await openSqliteStore(file);
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    // Other contexts (transparency log, retention) add their own migrations to the same store.
    expect(tables).toEqual(
      expect.arrayContaining([
        'admin_users',
        'agencies',
        'agency_credentials',
        'agency_keys',
        'consents',
        'deliveries',
        'messages',
        'seen_ids',
      ]),
    );
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    expect(sync.rows[0]?.synchronous).toBe(2);
    await store.close();
    const again = await openSqliteStore(file);
    expect((await again.db.introspection.getTables()).length).toBe(tables.length);
    await again.close();
  });
});
