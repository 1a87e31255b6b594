import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import type { PrivateKey } from 'openpgp';
import { generateAgencyKey, readAgencyPrivateKey } from '@nrm/client/crypto';
import { sampleEntry } from '../../../client/src/transparency/__fixtures__/sample-entries.js';
import {
  KyselyLogStorage,
  CHECKPOINT_MIGRATION_NAME,
  checkpointMigration,
  LOG_SEQUENCER_MIGRATION_NAME,
  logSequencerMigration,
  TRANSPARENCY_LOG_MIGRATION_NAME,
  TransparencyLog,
  transparencyLogMigration,
} from '../../src/transparency/index.js';

/** A gateway key for signing tree heads. */
export interface GatewayKey {
  privateKey: PrivateKey;
  publicKeyArmored: string;
}

export async function gatewayKey(at: Date): Promise<GatewayKey> {
  const pair = await generateAgencyKey({ agencyId: 'rs.nrm-gateway', at });
  return {
    privateKey: await readAgencyPrivateKey(pair.privateKey),
    publicKeyArmored: pair.publicKey,
  };
}

const provider: MigrationProvider = {
  getMigrations: (): Promise<Record<string, Migration>> =>
    Promise.resolve({
      [TRANSPARENCY_LOG_MIGRATION_NAME]: transparencyLogMigration,
      [CHECKPOINT_MIGRATION_NAME]: checkpointMigration,
      [LOG_SEQUENCER_MIGRATION_NAME]: logSequencerMigration,
    }),
};

/** A SQLite file with the transparency tables, opened through Kysely like the gateway does. */
export interface SqliteLogDb {
  file: string;
  db: Kysely<object>;
  storage: KyselyLogStorage;
  close(): Promise<void>;
}

export async function openLogDb(file: string): Promise<SqliteLogDb> {
  const db = new Kysely<object>({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    throw error as Error;
  }
  return { file, db, storage: KyselyLogStorage.over(db), close: () => db.destroy() };
}

/** A temp directory removed by the returned cleanup. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nrm-transparency-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export { sampleEntry };

const T0 = Date.parse('2026-03-02T09:00:00Z');

/** A synthetic clock that moves one minute per reading. */
export function steppingClock(start = T0): () => Date {
  let tick = 0;
  return () => new Date(start + 60_000 * tick++);
}

/** Open a log over `db` and append entries `from..to-1` of the sample history. */
export async function appendSamples(log: TransparencyLog, from: number, to: number): Promise<void> {
  for (let n = from; n < to; n++) {
    await log.append(sampleEntry(n));
  }
}

export async function openLog(
  storage: KyselyLogStorage,
  key: GatewayKey,
  now: () => Date = steppingClock(),
): Promise<TransparencyLog> {
  return TransparencyLog.open({ storage, signingKey: key.privateKey, now });
}
