import type { Consumer, Kafka } from 'kafkajs';
import { decodeNotice, type DeliveryNotice } from './delivery-notice.js';

export interface NoticeConsumerOptions {
  groupId: string;
  topic: string;
  onNotice(notice: DeliveryNotice): void;
}

/**
 * A consumer-group member reading notices. Resolves once it joined the group and fetched
 * once, i.e. when its offsets are fixed: a notice published after that reaches the group.
 * New groups start at the end of the topic: old notices are about rows already served or
 * picked up by the workers' own polling.
 */
export async function startNoticeConsumer(
  kafka: Kafka,
  options: NoticeConsumerOptions,
): Promise<Consumer> {
  const consumer = kafka.consumer({
    groupId: options.groupId,
    allowAutoTopicCreation: false,
    // An empty fetch returns after this; a notice arriving earlier is returned at once.
    maxWaitTimeInMs: 1_000,
  });
  let ready: () => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const fetched = new Promise<void>((resolve, reject) => {
    ready = resolve;
    fail = reject;
  });
  let joined = false;
  const offJoin = consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
  });
  const offFetch = consumer.on(consumer.events.FETCH, () => {
    if (joined) {
      ready();
    }
  });
  const offCrash = consumer.on(consumer.events.CRASH, (event) => {
    // A retriable failure (a coordinator still loading after a broker start) restarts the
    // consumer by itself; only a final one fails the start.
    if (!event.payload.restart) {
      fail(event.payload.error);
    }
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [options.topic], fromBeginning: false });
    await consumer.run({
      eachMessage: ({ message }) => {
        const notice = decodeNotice(message.value);
        if (notice !== undefined) {
          options.onNotice(notice);
        }
        return Promise.resolve();
      },
    });
    await fetched;
  } catch (error) {
    await consumer.disconnect().catch(() => {});
    throw error;
  } finally {
    offJoin();
    offFetch();
    offCrash();
  }
  return consumer;
}
