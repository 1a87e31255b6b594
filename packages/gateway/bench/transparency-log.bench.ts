// Transparency log throughput and proof sizes, one JSON line per measurement:
//   pnpm --filter @nrm/gateway bench
// Appends go through the real path (zod validation, canonical JSON, SQLite insert via Kysely,
// cached Merkle tree). Timings are printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { generateAgencyKey, readAgencyPrivateKey } from '@nrm/client/crypto';
import {
  KyselyLogStorage,
  MerkleTree,
  TransparencyLog,
  merkleTreeHash,
  transparencyLogMigration,
  type LogEntryInput,
} from '../src/transparency/index.js';

const SIZES = [1_000, 10_000, 100_000];
const WINDOW = 1_000;

function entry(n: number): LogEntryInput {
  return {
    kind: 'disclosure-allowed',
    at: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    messageId: `0195f3a0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
    subject: `sub_${n.toString(36).padStart(16, '0')}`,
    from: 'rs.cptv',
    to: 'rs.csw.belgrade',
    purpose: 'assistance',
    basis: 'consent',
    categories: ['identity', 'assistance'],
    policyVersion: 1,
  };
}

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const dir = mkdtempSync(join(tmpdir(), 'nrm-transparency-bench-'));
try {
  const sqlite = new SQLite(join(dir, 'bench.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  // NORMAL, not the gateway's FULL: the bench measures the log, not the disk's fsync.
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<object>({ dialect: new SqliteDialect({ database: sqlite }) });
  await transparencyLogMigration.up(db as Kysely<unknown>);
  const pair = await generateAgencyKey({ agencyId: 'rs.nrm-gateway', at: new Date() });
  const log = await TransparencyLog.open({
    storage: KyselyLogStorage.over(db),
    signingKey: await readAgencyPrivateKey(pair.privateKey),
    now: () => new Date(),
  });

  for (const size of SIZES) {
    // Fill up to size - WINDOW, then time the last WINDOW appends at that size.
    for (let n = log.size; n < size - WINDOW; n++) {
      await log.append(entry(n));
    }
    const start = performance.now();
    for (let n = log.size; n < size; n++) {
      await log.append(entry(n));
    }
    const appendMs = performance.now() - start;

    const rootStart = performance.now();
    const root = log.root();
    const rootMs = performance.now() - rootStart;

    const leaves = Array.from({ length: size }, (_, i) => log.leafHash(i));
    const fullStart = performance.now();
    merkleTreeHash(leaves);
    const fullRootMs = performance.now() - fullStart;

    const treeStart = performance.now();
    const tree = new MerkleTree();
    for (const leaf of leaves) {
      tree.append(leaf);
    }
    const treeAppendMs = performance.now() - treeStart;

    const proofStart = performance.now();
    const inclusion = log.inclusionProof(Math.floor(size / 3));
    const consistency = log.consistencyProof(Math.floor(size / 2) + 1);
    const proofMs = performance.now() - proofStart;

    const headStart = performance.now();
    await log.signedTreeHead();
    const headMs = performance.now() - headStart;

    print({
      bench: 'transparency-log',
      treeSize: size,
      appendsPerSecond: Math.round(WINDOW / (appendMs / 1000)),
      treeOnlyAppendsPerSecond: Math.round(size / (treeAppendMs / 1000)),
      cachedRootMs: Number(rootMs.toFixed(3)),
      recomputedRootMs: Number(fullRootMs.toFixed(3)),
      inclusionProofHashes: inclusion.path.length,
      consistencyProofHashes: consistency.proof.length,
      proofsMs: Number(proofMs.toFixed(3)),
      signTreeHeadMs: Number(headMs.toFixed(3)),
      root: root.slice(0, 16),
    });
  }
  await db.destroy();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
