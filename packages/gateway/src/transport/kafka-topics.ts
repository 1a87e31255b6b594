import type { Admin } from 'kafkajs';

/**
 * Create the notice topic unless it exists, and wait for its partition leaders. Runs before
 * any consumer subscribes: on a KRaft broker (and with auto-creation off, as it should be in
 * production) subscribing to a missing topic fails.
 */
export async function ensureNoticeTopic(
  admin: Admin,
  topic: string,
  partitions: number,
): Promise<void> {
  await admin.createTopics({
    topics: [{ topic, numPartitions: partitions }],
    waitForLeaders: true,
  });
  const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
  if (metadata.topics[0]?.partitions.length === 0) {
    throw new Error(`Kafka topic ${topic} has no partitions.`);
  }
}
