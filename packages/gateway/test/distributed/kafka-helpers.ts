import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { decodeNotice, type DeliveryNotice } from '../../src/transport/delivery-notice.js';

/** A client of the run's broker that logs nothing (failures surface as rejections). */
export function testKafka(brokers: string[]): Kafka {
  return new Kafka({ clientId: 'nrm-test', brokers, logLevel: logLevel.NOTHING });
}

/** A fresh topic name per test: tests share the run's broker. */
export const freshTopic = (name: string) => `test.${name}.${randomUUID().slice(0, 8)}`;

/** How many records the topic holds: the sum of its partitions' end offsets. */
export async function recordCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}

export interface ReadNotice extends DeliveryNotice {
  key: string;
  partition: number;
  offset: number;
}

/** Every notice in the topic, read from the beginning by a throwaway group, per partition in order. */
export async function readAll(kafka: Kafka, topic: string): Promise<ReadNotice[]> {
  const expected = await recordCount(kafka, topic);
  const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  const read: ReadNotice[] = [];
  let done: () => void = () => {};
  const all = new Promise<void>((resolve) => (done = resolve));
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message, partition }) => {
        const notice = decodeNotice(message.value);
        if (notice !== undefined) {
          read.push({
            ...notice,
            key: message.key?.toString() ?? '',
            partition,
            offset: Number(message.offset),
          });
        }
        if (read.length >= expected) {
          done();
        }
        return Promise.resolve();
      },
    });
    if (expected > 0) {
      await all;
    }
  } finally {
    await consumer.disconnect();
  }
  return read;
}

/** Poll a condition (no timing assertion: the test's own timeout bounds it). */
export async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  for (;;) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
