import { readKey } from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportLog,
  signTreeHead,
  verifyLogExport,
  verifyTreeHeadConsistency,
  type SignedTreeHead,
  type TransparencyLog,
} from '../../src/transparency/index.js';
import {
  appendSamples,
  gatewayKey,
  openLog,
  openLogDb,
  sampleEntry,
  type GatewayKey,
  type SqliteLogDb,
} from './log-fixture.js';

// Two histories under one gateway key: they share entries 0..5, then "forked" gets a
// different entry 6 (a withdrawal made to disappear) and both grow on. A gateway that
// shows one auditor the honest head and another the forked one is caught by a
// consistency proof between the two heads.
let key: GatewayKey;
let honestDb: SqliteLogDb;
let forkedDb: SqliteLogDb;
let honest: TransparencyLog;
let forked: TransparencyLog;
let honestHead8: SignedTreeHead;
let forkedHead12: SignedTreeHead;

beforeAll(async () => {
  key = await gatewayKey(new Date('2026-01-01T00:00:00Z'));
  honestDb = await openLogDb(':memory:');
  forkedDb = await openLogDb(':memory:');
  honest = await openLog(honestDb.storage, key);
  forked = await openLog(forkedDb.storage, key);
  await appendSamples(honest, 0, 8);
  await appendSamples(forked, 0, 6);
  await forked.append(sampleEntry(16));
  await appendSamples(forked, 7, 12);
  await appendSamples(honest, 8, 12);
  honestHead8 = await signTreeHead(
    { treeSize: 8, rootHash: honest.root(8), timestamp: '2026-03-10T00:00:00.000Z' },
    key.privateKey,
  );
  forkedHead12 = await forked.signedTreeHead(new Date('2026-03-11T00:00:00Z'));
});

afterAll(async () => {
  await honestDb.close();
  await forkedDb.close();
});

describe('a forked tree head', () => {
  it('is detected by the consistency proof the forked log serves', async () => {
    const { proof } = forked.consistencyProof(8, 12);
    const result = await verifyTreeHeadConsistency(
      honestHead8,
      forkedHead12,
      proof,
      key.publicKeyArmored,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'FORK_DETECTED', treeSize: 8 } });
  });

  it('is detected whichever proof is offered, even the honest log’s own', async () => {
    const { proof } = honest.consistencyProof(8, 12);
    const result = await verifyTreeHeadConsistency(
      forkedHead12,
      honestHead8,
      proof,
      key.publicKeyArmored,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'FORK_DETECTED' } });
  });

  it('while heads of one history are consistent', async () => {
    const honestHead12 = await honest.signedTreeHead(new Date('2026-03-12T00:00:00Z'));
    const { proof } = honest.consistencyProof(8, 12);
    expect(
      await verifyTreeHeadConsistency(honestHead8, honestHead12, proof, key.publicKeyArmored),
    ).toEqual({ ok: true });
  });

  it('at the same size: two roots for one size is a fork', async () => {
    const honestHead12 = await signTreeHead(
      { treeSize: 12, rootHash: honest.root(12), timestamp: '2026-03-12T00:00:00.000Z' },
      key.privateKey,
    );
    const result = await verifyTreeHeadConsistency(
      honestHead12,
      forkedHead12,
      [],
      key.publicKeyArmored,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'FORK_DETECTED', treeSize: 12 } });
  });

  it('in an export checked against a head kept from before: FORK_DETECTED and ROOT_MISMATCH', async () => {
    const text = await exportLog(forkedDb.storage, {
      gatewayKey: await readKey({ armoredKey: key.publicKeyArmored }),
      exportedAt: new Date('2026-03-11T00:00:00Z'),
    });
    expect((await verifyLogExport(text, key.publicKeyArmored)).ok).toBe(true);
    const result = await verifyLogExport(text, key.publicKeyArmored, { knownHeads: [honestHead8] });
    expect(result.ok).toBe(false);
    const codes = result.ok ? [] : result.problems.map((p) => [p.code, p.treeSize]);
    expect(codes).toContainEqual(['FORK_DETECTED', 8]);
    expect(codes).toContainEqual(['ROOT_MISMATCH', 8]);
  });

  it('in an export holding two heads of the same size with different roots', async () => {
    const text = await exportLog(forkedDb.storage, {
      gatewayKey: await readKey({ armoredKey: key.publicKeyArmored }),
      exportedAt: new Date('2026-03-11T00:00:00Z'),
    });
    const otherTwelve = await signTreeHead(
      { treeSize: 12, rootHash: honest.root(12), timestamp: '2026-03-12T00:00:00.000Z' },
      key.privateKey,
    );
    const result = await verifyLogExport(text, key.publicKeyArmored, { knownHeads: [otherTwelve] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain('FORK_DETECTED');
  });

  it('a head signed by another key is refused before any proof is checked', async () => {
    const other = await gatewayKey(new Date('2026-01-01T00:00:00Z'));
    const impostor = await signTreeHead(
      { treeSize: 8, rootHash: honest.root(8), timestamp: '2026-03-10T00:00:00.000Z' },
      other.privateKey,
    );
    const { proof } = honest.consistencyProof(8, 12);
    const result = await verifyTreeHeadConsistency(
      impostor,
      forkedHead12,
      proof,
      key.publicKeyArmored,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'STH_SIGNATURE_INVALID' } });
    const text = await exportLog(honestDb.storage, {
      gatewayKey: await readKey({ armoredKey: key.publicKeyArmored }),
      exportedAt: new Date('2026-03-12T00:00:00Z'),
    });
    const verified = await verifyLogExport(text, key.publicKeyArmored, { knownHeads: [impostor] });
    expect(verified.ok ? [] : verified.problems.map((p) => p.code)).toEqual([
      'STH_SIGNATURE_INVALID',
    ]);
  });

  it('a malformed proof or root counts as not consistent', async () => {
    const honestHead12 = await signTreeHead(
      { treeSize: 12, rootHash: honest.root(12), timestamp: '2026-03-12T00:00:00.000Z' },
      key.privateKey,
    );
    const result = await verifyTreeHeadConsistency(
      honestHead8,
      honestHead12,
      ['zz'],
      key.publicKeyArmored,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'FORK_DETECTED' } });
  });
});
