import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, readPrivateKey } from '../registry/openpgp-signature.js';
import { openSqliteStore, type Store } from '../store/open-store.js';
import { GatewayLog } from './gateway-log.js';
import type { LogEntryInput } from '@nrm/client/transparency';
import { verifyLogExport } from '@nrm/client/transparency';

const at = new Date('2026-05-01T10:00:00Z');
const messageId = '0196f000-0000-7000-8000-000000000001';
const withheld = (to: string): LogEntryInput => ({
  kind: 'delivery-withheld',
  at: at.toISOString(),
  messageId,
  subject: 'sub_AbCdEfGhIjKlMnOpQrSt',
  to,
  reason: 'consent-withdrawn',
});

let store: Store;
let log: GatewayLog;
let publicKey: string;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  const pair = await generateKeyPair('gateway', at);
  publicKey = pair.publicKey;
  log = await GatewayLog.open(
    store.store,
    { privateKey: await readPrivateKey(pair.privateKey), publicKey },
    () => at,
  );
});
afterEach(() => store.close());

describe('GatewayLog over the gateway store', () => {
  it('entries appended in a transaction that commits are in the tree; in one that rolls back, not', async () => {
    await store.store.transaction((tx) => tx.log.append([withheld('rs.cptv')], at));
    await expect(
      store.store.transaction(async (tx) => {
        await tx.log.append([withheld('rs.csw.nis')], at);
        throw new Error('the fact failed');
      }),
    ).rejects.toThrow('the fact failed');
    await log.record([withheld('rs.csw.belgrade')]);
    const head = await log.signedTreeHead();
    expect(head.treeSize).toBe(2);
    expect((await log.leaves()).map((l) => (l.kind === 'delivery-withheld' ? l.to : ''))).toEqual([
      'rs.cptv',
      'rs.csw.belgrade',
    ]);
    expect(await verifyLogExport(await log.export(), publicKey)).toMatchObject({
      ok: true,
      entries: 2,
    });
    const proofs = await log.inclusionProofsOfMessage(messageId);
    expect(proofs.map((p) => p.proof.leafIndex)).toEqual([0, 1]);
    expect((await log.consistencyProof(1)).newSize).toBe(2);
    expect((await log.inclusionProof(1)).treeSize).toBe(2);
  });

  it('an entry that is not a valid pseudonymous fact is a bug: INTERNAL, nothing stored', async () => {
    const named = { ...withheld('rs.cptv'), subject: 'Jane Doe' } as LogEntryInput;
    await expect(log.record([named])).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await log.leaves()).toEqual([]);
  });

  it('a message the log knows nothing about has no inclusion proof (NOT_FOUND)', async () => {
    await expect(log.inclusionProofsOfMessage(messageId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a row edited behind its back stops the log: unreadable (leaves) or not continuing the tree', async () => {
    await log.record([withheld('rs.cptv')]);
    await log.signedTreeHead();
    await sql`insert into transparency_log (seq, entry, leaf_hash, appended_at) values (1, 'not json', 'ff', 'x')`.execute(
      store.db,
    );
    await expect(log.leaves()).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(log.signedTreeHead()).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
