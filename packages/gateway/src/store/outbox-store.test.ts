import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from './open-store.js';
import { outboxStore, type OutboxStore } from './outbox-store.js';

const t0 = new Date('2026-11-30T10:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const notice = (n: number) => ({
  messageId: `m${n}`,
  recipient: n % 2 === 0 ? 'rs.cptv' : 'rs.astra',
  kind: 'accepted' as const,
});

describe('outbox store', () => {
  let dir: string;
  let store: Store;
  let outbox: OutboxStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nrm-outbox-store-'));
    store = await openSqliteStore(join(dir, 'gateway.sqlite'));
    outbox = outboxStore(store.db);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps notices in staging order until they are marked published', async () => {
    await store.store.transaction((tx) => tx.outbox.add([notice(1), notice(2)], t0));
    await store.store.transaction((tx) => tx.outbox.add([notice(3)], t0));
    const pending = await outbox.unpublished(10);
    expect(pending.map((e) => e.messageId)).toEqual(['m1', 'm2', 'm3']);
    expect(pending[0]).toMatchObject({ recipient: 'rs.astra', kind: 'accepted' });
    expect(await outbox.markPublished([pending[0]?.seq ?? 0], later(1))).toBe(1);
    // Marking twice (a relay that lost its lease mid-batch) changes nothing.
    expect(await outbox.markPublished([pending[0]?.seq ?? 0], later(2))).toBe(0);
    expect((await outbox.unpublished(10)).map((e) => e.messageId)).toEqual(['m2', 'm3']);
  });

  it('a rolled-back transaction leaves no notice', async () => {
    await expect(
      store.store.transaction(async (tx) => {
        await tx.outbox.add([notice(1)], t0);
        throw new Error('the delivery insert failed');
      }),
    ).rejects.toThrow('the delivery insert failed');
    expect(await outbox.unpublished(10)).toEqual([]);
  });

  it('one lease holder at a time; another takes over once it expired or was released', async () => {
    expect(await outbox.lease('a', t0, later(10_000))).toBe(true);
    expect(await outbox.lease('b', later(1), later(10_001))).toBe(false);
    // The holder renews its own lease.
    expect(await outbox.lease('a', later(5_000), later(15_000))).toBe(true);
    expect(await outbox.lease('b', later(14_999), later(24_999))).toBe(false);
    expect(await outbox.lease('b', later(15_001), later(25_001))).toBe(true);
    await outbox.release('b');
    expect(await outbox.lease('a', later(15_002), later(25_002))).toBe(true);
    // Releasing someone else's lease does nothing.
    await outbox.release('b');
    expect(await outbox.lease('b', later(15_003), later(25_003))).toBe(false);
  });

  it('prunes published notices older than the cut-off, never unpublished ones', async () => {
    await store.store.transaction((tx) => tx.outbox.add([1, 2, 3].map(notice), t0));
    const [first, second] = await outbox.unpublished(10);
    await outbox.markPublished([first?.seq ?? 0], later(1_000));
    await outbox.markPublished([second?.seq ?? 0], later(5_000));
    expect(await outbox.prunePublished(later(2_000))).toBe(1);
    expect(await outbox.prunePublished(later(60_000))).toBe(1);
    expect((await outbox.unpublished(10)).map((e) => e.messageId)).toEqual(['m3']);
    expect(await outbox.prunePublished(later(60_000))).toBe(0);
  });
});
