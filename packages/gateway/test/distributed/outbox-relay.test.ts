import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSqliteStore, type Store } from '../../src/store/open-store.js';
import { outboxStore, type OutboxStore } from '../../src/store/outbox-store.js';
import type { DeliveryNotice } from '../../src/transport/delivery-notice.js';
import { kafkaTransport } from '../../src/transport/kafka-transport.js';
import { ensureNoticeTopic } from '../../src/transport/kafka-topics.js';
import {
  DEFAULT_RELAY_OPTIONS,
  produceBatch,
  startOutboxRelay,
  type NoticeProducer,
} from '../../src/transport/outbox-relay.js';
import { encodeNotice } from '../../src/transport/delivery-notice.js';
import { freshTopic, readAll, recordCount, testKafka, until } from './kafka-helpers.js';

const brokers = inject('kafkaBrokers');
const RECIPIENTS = ['rs.cptv', 'rs.astra', 'rs.csw.belgrade', 'rs.prosecutor.belgrade'];

describe.skipIf(brokers === null)('outbox relay against a real Kafka broker', () => {
  let kafka: Kafka;
  let dir: string;
  let store: Store;
  let outbox: OutboxStore;
  const stopping: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    kafka = testKafka(brokers ?? []);
    dir = mkdtempSync(join(tmpdir(), 'nrm-outbox-'));
    store = await openSqliteStore(join(dir, 'gateway.sqlite'));
    outbox = outboxStore(store.db);
  });
  afterAll(async () => {
    for (const stop of stopping.reverse()) {
      await stop();
    }
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The idempotent producer the transport uses, on `topic` (created first). */
  async function producerFor(topic: string): Promise<NoticeProducer> {
    const admin = kafka.admin();
    await admin.connect();
    await ensureNoticeTopic(admin, topic, 3);
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    stopping.push(() => producer.disconnect());
    return {
      async send(entries) {
        await producer.send({
          topic,
          acks: -1,
          messages: entries.map((e) => ({ key: e.recipient, value: encodeNotice(e) })),
        });
      },
    };
  }

  /** Stage notices the way a submit does: in a transaction of their own. */
  async function stage(count: number, tag: string): Promise<DeliveryNotice[]> {
    const notices = Array.from({ length: count }, (_, i) => ({
      messageId: `${tag}-${String(i).padStart(4, '0')}`,
      recipient: RECIPIENTS[i % RECIPIENTS.length] ?? 'rs.cptv',
      kind: 'accepted' as const,
    }));
    await store.store.transaction((tx) => tx.outbox.add(notices, new Date()));
    return notices;
  }

  async function drainOutbox(): Promise<void> {
    // Earlier tests may have left rows: publish them nowhere observed, so each test starts empty.
    const rows = await outbox.unpublished(10_000);
    await outbox.markPublished(
      rows.map((r) => r.seq),
      new Date(),
    );
  }

  it('publishes notices keyed by recipient, in staging order per recipient', async () => {
    await drainOutbox();
    const topic = freshTopic('order');
    const producer = await producerFor(topic);
    const staged = [...(await stage(40, 'a')), ...(await stage(40, 'b'))];
    const relay = startOutboxRelay(
      outbox,
      producer,
      {
        ...DEFAULT_RELAY_OPTIONS,
        holder: 'relay-1',
        leaseMs: 60_000,
        batchSize: 7,
        pollMs: 60_000,
      },
      () => new Date(),
      (error) => {
        throw error;
      },
    );
    await until(async () => (await outbox.unpublished(1)).length === 0);
    await relay.stop();
    const read = await readAll(kafka, topic);
    expect(read).toHaveLength(staged.length);
    for (const recipient of RECIPIENTS) {
      const theirs = read.filter((n) => n.recipient === recipient);
      expect(theirs.every((n) => n.key === recipient)).toBe(true);
      // One key, one partition: the broker keeps them in the order the relay produced them.
      expect(new Set(theirs.map((n) => n.partition)).size).toBe(1);
      expect(theirs.map((n) => n.messageId)).toEqual(
        staged.filter((n) => n.recipient === recipient).map((n) => n.messageId),
      );
    }
  });

  it('two relays running at once publish each notice once', async () => {
    await drainOutbox();
    const topic = freshTopic('two-relays');
    const producer = await producerFor(topic);
    const relays = ['relay-a', 'relay-b'].map((holder) =>
      startOutboxRelay(
        outbox,
        producer,
        { ...DEFAULT_RELAY_OPTIONS, holder, leaseMs: 60_000, batchSize: 5, pollMs: 20 },
        () => new Date(),
        (error) => {
          throw error;
        },
      ),
    );
    let staged = 0;
    for (let round = 0; round < 10; round++) {
      staged += (await stage(6, `r${round}`)).length;
      for (const relay of relays) {
        relay.wake();
      }
    }
    await until(async () => (await outbox.unpublished(1)).length === 0);
    await Promise.all(relays.map((r) => r.stop()));
    expect(await recordCount(kafka, topic)).toBe(staged);
    const ids = (await readAll(kafka, topic)).map((n) => n.messageId);
    expect(new Set(ids).size).toBe(staged);
  });

  it('a relay that dies between produce and mark: the next lease holder sends the batch again', async () => {
    await drainOutbox();
    const topic = freshTopic('relay-crash');
    const producer = await producerFor(topic);
    const staged = await stage(12, 'c');
    const options = { ...DEFAULT_RELAY_OPTIONS, leaseMs: 10_000, batchSize: 100, pollMs: 60_000 };
    const t0 = new Date();
    // The first relay produced and died before marking: its rows are still unpublished.
    const produced = await produceBatch(outbox, producer, { ...options, holder: 'dead' }, t0);
    expect(produced).toHaveLength(staged.length);
    expect(await outbox.unpublished(100)).toHaveLength(staged.length);
    // While its lease runs, a second relay does not publish.
    let now = new Date(t0.getTime() + 1_000);
    const errors: unknown[] = [];
    const successor = startOutboxRelay(
      outbox,
      producer,
      { ...options, holder: 'successor' },
      () => now,
      (error) => errors.push(error),
    );
    expect(await successor.runOnce()).toBe(0);
    // After it expired, the successor takes over and sends the whole batch again.
    now = new Date(t0.getTime() + options.leaseMs + 1);
    expect(await successor.runOnce()).toBe(staged.length);
    await successor.stop();
    expect(errors).toEqual([]);
    expect(await outbox.unpublished(100)).toHaveLength(0);
    const read = await readAll(kafka, topic);
    expect(read).toHaveLength(2 * staged.length);
    // Each notice twice, nothing else: the duplicates a consumer must (and does) tolerate.
    const counts = new Map<string, number>();
    for (const n of read) {
      counts.set(n.messageId, (counts.get(n.messageId) ?? 0) + 1);
    }
    expect([...counts.values()].every((c) => c === 2)).toBe(true);
    expect([...counts.keys()].sort()).toEqual(staged.map((n) => n.messageId).sort());
  });

  it('the transport creates its topic before any consumer subscribes', async () => {
    const topic = freshTopic('topics-first');
    // Auto-creation is off on the broker (as it should be in production): subscribing to a
    // topic nobody created fails.
    const early = kafka.consumer({ groupId: `${topic}.early`, retry: { retries: 0 } });
    await early.connect();
    await expect(
      early.subscribe({ topics: [topic], fromBeginning: false }).then(() => early.run()),
    ).rejects.toThrow();
    await early.disconnect();
    const transport = kafkaTransport(
      store.store,
      { now: () => new Date() },
      {
        brokers: brokers ?? [],
        topic,
        partitions: 4,
        relay: { ...DEFAULT_RELAY_OPTIONS, leaseMs: 5_000, batchSize: 100, pollMs: 1_000 },
      },
      () => {},
    );
    await transport.start({ api: true, worker: () => {} });
    stopping.push(() => transport.stop());
    const admin = kafka.admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    expect(metadata.topics[0]?.partitions).toHaveLength(4);
  });
});
