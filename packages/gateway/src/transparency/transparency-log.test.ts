import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../store/index.js';
import {
  appendSamples,
  gatewayKey,
  openLog,
  openLogDb,
  sampleEntry,
  type GatewayKey,
  type SqliteLogDb,
} from '../../test/transparency/log-fixture.js';
import {
  encodeLeaf,
  fromHex,
  hashLeaf,
  merkleTreeHash,
  toHex,
  verifyConsistency,
  verifyInclusion,
  treeHeadSignatureValid,
} from '@nrm/client/transparency';
import { KyselyLogStorage } from '../store/log-store.js';
import { readPublicKeys } from '@nrm/client/crypto';

let key: GatewayKey;
const open: SqliteLogDb[] = [];

beforeAll(async () => {
  key = await gatewayKey(new Date('2026-01-01T00:00:00Z'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

async function memoryDb(): Promise<SqliteLogDb> {
  const db = await openLogDb(':memory:');
  open.push(db);
  return db;
}

const hex = (s: string) => fromHex(s)!;

describe('TransparencyLog', () => {
  it('appends canonical leaves and keeps the RFC 9162 root', async () => {
    const { storage } = await memoryDb();
    const log = await openLog(storage, key);
    await appendSamples(log, 0, 13);
    const stored = await storage.entries(0, 13);
    expect(stored.map((row) => row.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(stored[5]?.entry).toBe(encodeLeaf(5, sampleEntry(5)));
    const leaves = stored.map((row) => hashLeaf(new TextEncoder().encode(row.entry)));
    expect(log.root()).toBe(toHex(merkleTreeHash(leaves)));
    expect(log.root(7)).toBe(toHex(merkleTreeHash(leaves.slice(0, 7))));
    expect(await storage.size()).toBe(13);
    expect(await storage.leafHash(5)).toBe(toHex(leaves[5]!));
    expect(await storage.leafHash(99)).toBeUndefined();
  });

  it('serialises concurrent appends into consecutive positions', async () => {
    const { storage } = await memoryDb();
    const log = await openLog(storage, key);
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, n) => log.append(sampleEntry(n))),
    );
    expect(results.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(log.size).toBe(25);
  });

  it('serves inclusion and consistency proofs that verify', async () => {
    const { storage } = await memoryDb();
    const log = await openLog(storage, key);
    await appendSamples(log, 0, 11);
    const inclusion = log.inclusionProof(6, 9);
    expect(
      verifyInclusion(hex(inclusion.leafHash), 6, 9, inclusion.path.map(hex), hex(log.root(9))),
    ).toBe(true);
    const consistency = log.consistencyProof(3);
    expect(consistency.newSize).toBe(11);
    expect(
      verifyConsistency(3, 11, hex(log.root(3)), hex(log.root()), consistency.proof.map(hex)),
    ).toBe(true);
    expect(toHex(log.leafHash(6))).toBe(inclusion.leafHash);
  });

  it('signs and stores tree heads that verify with the gateway public key', async () => {
    const { storage } = await memoryDb();
    const log = await openLog(storage, key);
    await appendSamples(log, 0, 4);
    const head = await log.signedTreeHead(new Date('2026-03-05T10:00:00Z'));
    expect(head).toMatchObject({
      treeSize: 4,
      rootHash: log.root(),
      timestamp: '2026-03-05T10:00:00.000Z',
    });
    expect(head.signature).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
    const keys = await readPublicKeys(key.publicKeyArmored);
    expect(await treeHeadSignatureValid(head, keys)).toBe(true);
    expect(await treeHeadSignatureValid({ ...head, treeSize: 5 }, keys)).toBe(false);
    expect(await treeHeadSignatureValid({ ...head, timestamp: 'yesterday' }, keys)).toBe(false);
    expect(await storage.treeHeads()).toEqual([head]);
  });

  it('rejects an entry that is not a valid pseudonymous fact, leaving the log as it was', async () => {
    const { storage } = await memoryDb();
    const log = await openLog(storage, key);
    await expect(log.append({ ...sampleEntry(1), subject: 'Ana' } as never)).rejects.toMatchObject({
      code: 'SCHEMA_INVALID',
    });
    expect(log.size).toBe(0);
    expect(await storage.size()).toBe(0);
    expect((await log.append(sampleEntry(1))).seq).toBe(0);
  });

  it('answers out-of-range proof requests with NOT_FOUND / BAD_REQUEST', async () => {
    const { storage } = await memoryDb();
    const log = await openLog(storage, key);
    await appendSamples(log, 0, 3);
    expect(() => log.inclusionProof(3, 3)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => log.inclusionProof(0, 4)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
    expect(() => log.inclusionProof(0, 0)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
    expect(() => log.consistencyProof(4)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => log.consistencyProof(1, 5)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
    expect(() => log.root(-1)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });

  it('fails an append when another writer took the position, without forking its tree', async () => {
    const db = await memoryDb();
    const first = await openLog(db.storage, key);
    const second = await openLog(db.storage, key);
    await first.append(sampleEntry(0));
    await expect(second.append(sampleEntry(1))).rejects.toThrow();
    expect(second.size).toBe(0);
  });

  it('reopens a stored log with the same root', async () => {
    const db = await memoryDb();
    const log = await openLog(db.storage, key);
    await appendSamples(log, 0, 9);
    await log.signedTreeHead();
    const again = await openLog(db.storage, key);
    expect(again.size).toBe(9);
    expect(again.root()).toBe(log.root());
  });

  it('refuses to open when a signed head covers more than is stored', async () => {
    const db = await memoryDb();
    const log = await openLog(db.storage, key);
    await appendSamples(log, 0, 3);
    const head = await log.signedTreeHead();
    await db.storage.saveTreeHead({ ...head, treeSize: 9, timestamp: '2026-12-01T00:00:00.000Z' });
    await expect(openLog(db.storage, key)).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('works on the gateway store: its migrations create the log tables beside the registry', async () => {
    const store: Store = await openSqliteStore(':memory:');
    try {
      const log = await openLog(KyselyLogStorage.over(store.db), key);
      await appendSamples(log, 0, 2);
      expect(log.size).toBe(2);
      // Appended directly, the positions still move the sequencer on for the gateway's appends.
      expect(await store.store.transaction((tx) => tx.logStorage.reserve(1))).toBe(2);
    } finally {
      await store.close();
    }
  });
});
