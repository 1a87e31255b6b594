import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import type { PrivateKey } from 'openpgp';
import { generateAgencyKey, readAgencyPrivateKey } from '../../src/crypto/index.js';
import {
  KyselyLogStorage,
  CHECKPOINT_MIGRATION_NAME,
  checkpointMigration,
  LOG_SEQUENCER_MIGRATION_NAME,
  logSequencerMigration,
  TRANSPARENCY_LOG_MIGRATION_NAME,
  TransparencyLog,
  transparencyLogMigration,
  type LogEntryInput,
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

const T0 = Date.parse('2026-03-02T09:00:00Z');

/** A synthetic clock that moves one minute per reading. */
export function steppingClock(start = T0): () => Date {
  let tick = 0;
  return () => new Date(start + 60_000 * tick++);
}

const SUBJECTS = ['sub_A1b2C3d4E5f6G7h8', 'sub_Z9y8X7w6V5u4T3s2'] as const;
const FPR = 'a'.repeat(40);

/** The n-th entry of a varied synthetic history (every kind appears within 10). */
export function sampleEntry(n: number): LogEntryInput {
  const at = new Date(T0 + n * 3_600_000).toISOString();
  const messageId = `0195f3a0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
  const subject = SUBJECTS[n % 2] as string;
  switch (n % 10) {
    case 0:
      return {
        kind: 'consent-granted',
        at,
        messageId,
        subject,
        from: 'rs.cptv',
        recipients: ['rs.csw.belgrade', 'rs.astra'],
        purposes: ['assistance', 'identification'],
        categories: ['identity', 'exploitation', 'health'],
      };
    case 1:
      return {
        kind: 'disclosure-allowed',
        at,
        messageId,
        subject,
        from: 'rs.cptv',
        to: 'rs.csw.belgrade',
        purpose: 'assistance',
        basis: 'consent',
        categories: ['identity', 'health'],
        policyVersion: 1,
      };
    case 2:
      return {
        kind: 'disclosure-denied',
        at,
        messageId,
        subject,
        from: 'rs.cptv',
        to: 'rs.police.belgrade-thb',
        purpose: 'legal-proceedings',
        categories: ['health'],
        policyVersion: 1,
        reason: 'CONSENT_MISSING',
      };
    case 3:
      return {
        kind: 'delivery-withheld',
        at,
        messageId,
        subject,
        to: 'rs.astra',
        reason: 'consent-withdrawn',
      };
    case 4:
      return {
        kind: 'consent-withdrawn',
        at,
        messageId,
        consentId: `0195f3a0-0000-7000-8000-${'0'.repeat(12)}`,
        subject,
        from: 'rs.cptv',
      };
    case 5:
      return { kind: 'key-registered', at, agency: 'rs.astra', fingerprint: FPR };
    case 6:
      return {
        kind: 'key-rotated',
        at,
        agency: 'rs.astra',
        fingerprint: 'b'.repeat(40),
        previousFingerprint: FPR,
      };
    case 7:
      return {
        kind: 'key-revoked',
        at,
        agency: 'rs.astra',
        fingerprint: FPR,
        reason: 'superseded',
      };
    case 8:
      return {
        kind: 'policy-changed',
        at,
        policy: 'disclosure',
        policyVersion: 2,
        digest: 'c'.repeat(64),
      };
    default:
      return {
        kind: 'erasure',
        at,
        subject,
        requestedBy: 'rs.cptv',
        categories: ['contact'],
        reason: 'retention-expired',
      };
  }
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
