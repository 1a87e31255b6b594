import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Kafka, logLevel, type Consumer, type LogEntry, type Producer } from 'kafkajs';
import type { Clock } from '../registry/clock.js';
import type { GatewayStore } from '../store/gateway-store.js';
import { encodeNotice } from './delivery-notice.js';
import type { DeliveryTransport, NoticeReceivers } from './delivery-transport.js';
import { ensureNoticeTopic } from './kafka-topics.js';
import { startNoticeConsumer } from './kafka-notice-consumer.js';
import { NoticeWaiters } from './notice-waiters.js';
import {
  DEFAULT_RELAY_OPTIONS,
  startOutboxRelay,
  type NoticeProducer,
  type OutboxRelay,
  type OutboxRelayOptions,
} from './outbox-relay.js';

export interface KafkaTransportOptions {
  brokers: string[];
  /** The notice topic; its consumer groups are named after it. */
  topic: string;
  /** Partitions when the gateway creates the topic (recipients spread over them). */
  partitions: number;
  relay: Omit<OutboxRelayOptions, 'holder'>;
}

export const DEFAULT_NOTICE_TOPIC = 'nrm.delivery-notices';

export const DEFAULT_KAFKA_OPTIONS: Omit<KafkaTransportOptions, 'brokers'> = {
  topic: DEFAULT_NOTICE_TOPIC,
  partitions: 6,
  relay: DEFAULT_RELAY_OPTIONS,
};

/** The group all webhook workers share: each notice is handled by one of them. */
export const workerGroupId = (topic: string) => `${topic}.webhook-workers`;

/** A group of this process alone: every API process sees every notice for its long-polls. */
export const pollGroupId = (topic: string, processId: string) =>
  `${topic}.inbox-wakeups.${processId}`;

/** Where the transport reports broker trouble (the server's logger). */
export type TransportLog = (level: 'warn' | 'error', message: string, error?: unknown) => void;

/** kafkajs's idempotent producer: one request in flight, so retries cannot reorder a key. */
function noticeProducer(producer: Producer, topic: string): NoticeProducer {
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

/**
 * Several processes: notices are staged in the outbox inside the delivery transaction, a relay
 * (one lease holder among the processes) produces them keyed by recipient, webhook workers read
 * them in one shared group and API processes each in their own group.
 */
export function kafkaTransport(
  store: GatewayStore,
  clock: Clock,
  options: KafkaTransportOptions,
  log: TransportLog,
): DeliveryTransport {
  const processId = `${hostname()}.${process.pid}.${randomUUID().slice(0, 8)}`;
  const kafka = new Kafka({
    clientId: 'nrm-gateway',
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ log: entry }: LogEntry) => {
        // kafkajs retries what it reports (a rebalance shows as failed heartbeats): a warning.
        // What it gives up on rejects an operation, and the relay or the start reports that.
        log('warn', `kafka: ${entry.message}`);
      },
  });
  const outbox = store.outbox;
  const waiters = new NoticeWaiters();
  const consumers: Consumer[] = [];
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  const pollGroup = pollGroupId(options.topic, processId);
  let relay: OutboxRelay | undefined;
  let receivers: NoticeReceivers | undefined;

  return {
    kind: 'kafka',
    waiters,
    stage: (tx, notices) => tx.outbox.add(notices, clock.now()),
    announce() {
      relay?.wake();
    },
    async start(wanted: NoticeReceivers) {
      receivers = wanted;
      const admin = kafka.admin();
      try {
        await admin.connect();
        await ensureNoticeTopic(admin, options.topic, options.partitions);
      } catch (error) {
        // The start fails naming what was configured, not only kafkajs's last retry.
        throw new Error(
          `Kafka at ${options.brokers.join(',')} (NRM_KAFKA_BROKERS): could not create or read topic ${options.topic}: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      } finally {
        await admin.disconnect();
      }
      await producer.connect();
      relay = startOutboxRelay(
        outbox,
        noticeProducer(producer, options.topic),
        { ...options.relay, holder: processId },
        () => clock.now(),
        (error) => log('error', 'outbox relay round failed', error),
      );
      const { worker } = wanted;
      if (worker !== undefined) {
        consumers.push(
          await startNoticeConsumer(kafka, {
            groupId: workerGroupId(options.topic),
            topic: options.topic,
            onNotice: worker,
          }),
        );
      }
      if (wanted.api) {
        consumers.push(
          await startNoticeConsumer(kafka, {
            groupId: pollGroup,
            topic: options.topic,
            onNotice: (notice) => waiters.notify(notice),
          }),
        );
      }
    },
    async stop() {
      waiters.close();
      const polling = receivers?.api === true;
      await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
      await relay?.stop();
      await producer.disconnect();
      if (polling) {
        // This process's group ends with it; the broker would otherwise keep its offsets.
        const admin = kafka.admin();
        await admin
          .connect()
          .then(() => admin.deleteGroups([pollGroup]))
          .catch((error: unknown) => log('warn', 'could not delete the long-poll group', error))
          .finally(() => admin.disconnect());
      }
    },
  };
}
