import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { startKafka } from '../../../../scripts/services/kafka.mjs';
import { openSqliteStore } from '../../src/store/open-store.js';
import { outboxStore } from '../../src/store/outbox-store.js';
import { kafkaTransport } from '../../src/transport/kafka-transport.js';
import { DEFAULT_RELAY_OPTIONS } from '../../src/transport/outbox-relay.js';
import { freshTopic, readAll, testKafka, until } from './kafka-helpers.js';

const brokers = inject('kafkaBrokers');

/** The ports a broker was started on, read back from its config. */
function portsOf(dataDir: string): { port: number; controllerPort: number } {
  const config = readFileSync(join(dataDir, 'server.properties'), 'utf8');
  const listeners =
    /^listeners=PLAINTEXT:\/\/127\.0\.0\.1:(\d+),CONTROLLER:\/\/127\.0\.0\.1:(\d+)$/m.exec(config);
  return { port: Number(listeners?.[1]), controllerPort: Number(listeners?.[2]) };
}

// Its own broker: stopping the run's broker would disturb the other files.
it.skipIf(brokers === null)(
  'notices staged while the broker is down are published once it is back',
  async () => {
    const kafka = await startKafka();
    const dir = mkdtempSync(join(tmpdir(), 'nrm-broker-restart-'));
    const store = await openSqliteStore(join(dir, 'gateway.sqlite'));
    const outbox = outboxStore(store.db);
    const topic = freshTopic('broker-restart');
    const errors: string[] = [];
    const transport = kafkaTransport(
      store.store,
      { now: () => new Date() },
      {
        brokers: kafka.brokers,
        topic,
        partitions: 2,
        relay: { ...DEFAULT_RELAY_OPTIONS, pollMs: 200 },
      },
      (level, message) => {
        if (level === 'error') {
          errors.push(message);
        }
      },
    );
    let back: Awaited<ReturnType<typeof startKafka>> | undefined;
    try {
      await transport.start({ api: true });
      await kafka.stop({ keepData: true });

      const notices = Array.from({ length: 5 }, (_, i) => ({
        messageId: `while-down-${i}`,
        recipient: 'rs.cptv',
        kind: 'accepted' as const,
      }));
      // What a submit does: stage with the deliveries, announce after the commit.
      await store.store.transaction((tx) => transport.stage(tx, notices));
      transport.announce(notices);
      // The relay tries and fails while the broker is gone; the rows wait in the outbox.
      await until(() => errors.includes('outbox relay round failed'));
      expect(await outbox.unpublished(10)).toHaveLength(notices.length);

      back = await startKafka({ dataDir: kafka.dataDir, ...portsOf(kafka.dataDir) });
      await until(async () => (await outbox.unpublished(10)).length === 0);
      const read = await readAll(testKafka(back.brokers), topic);
      expect(new Set(read.map((n) => n.messageId))).toEqual(
        new Set(notices.map((n) => n.messageId)),
      );
    } finally {
      await transport.stop().catch(() => {});
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      await (back ?? kafka).stop({ keepData: false });
    }
  },
  240_000,
);
