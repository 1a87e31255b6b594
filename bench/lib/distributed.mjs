import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { capacity } from './capacity.mjs';
import { startGateway } from './gateway-process.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const services = join(root, 'scripts', 'services');

/** Why distributed mode cannot be measured here, or undefined when its services scripts exist. */
export function distributedUnavailable() {
  for (const script of ['kafka.mjs', 'postgres.mjs']) {
    if (!existsSync(join(services, script))) {
      return `scripts/services/${script} is not in this checkout`;
    }
  }
  return undefined;
}

/** Raw kafkajs: `count` records of `bytes` produced to a fresh topic and consumed back. */
async function rawKafka(brokers, count, bytes) {
  const { Kafka, logLevel } = createRequire(join(root, 'packages', 'gateway', 'package.json'))(
    'kafkajs',
  );
  const kafka = new Kafka({ clientId: 'nrm-bench', brokers, logLevel: logLevel.NOTHING });
  const topic = `bench-${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  let consumed = 0;
  let resolveAll;
  const all = new Promise((resolve) => (resolveAll = resolve));
  await consumer.run({
    eachMessage: async () => {
      consumed++;
      if (consumed === count) {
        resolveAll();
      }
    },
  });
  const value = randomBytes(bytes);
  const start = performance.now();
  for (let i = 0; i < count; i += 100) {
    const n = Math.min(100, count - i);
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: n }, () => ({ value })),
    });
  }
  await all;
  const perSecond = count / ((performance.now() - start) / 1000);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return perSecond;
}

/**
 * The gateway on PostgreSQL and Kafka (both started here, throwaway) against raw kafkajs moving
 * the same number of submit-sized records through the same broker, in the same run.
 */
export async function distributed({ total }) {
  const { startKafka } = await import(pathToFileURL(join(services, 'kafka.mjs')).href);
  const { startPostgres } = await import(pathToFileURL(join(services, 'postgres.mjs')).href);
  const kafka = await startKafka();
  try {
    const postgres = await startPostgres();
    try {
      const gateway = await startGateway({
        env: { NRM_DATABASE_URL: postgres.url, NRM_KAFKA_BROKERS: kafka.brokers.join(',') },
      });
      let gatewayPerSecond;
      try {
        gatewayPerSecond = await capacity(gateway, { total });
      } finally {
        await gateway.stop();
      }
      const kafkaPerSecond = await rawKafka(kafka.brokers, total, 6 * 1024);
      return { gatewayPerSecond, kafkaPerSecond };
    } finally {
      await postgres.stop();
    }
  } finally {
    await kafka.stop();
  }
}
