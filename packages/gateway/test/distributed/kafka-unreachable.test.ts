import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startGateway } from '../../src/server/start-gateway.js';

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

it('a gateway whose Kafka brokers do not answer refuses to start, naming them', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nrm-no-kafka-'));
  try {
    const broker = `127.0.0.1:${await closedPort()}`;
    await expect(
      startGateway({
        dataDir,
        port: 0,
        server: { logger: false },
        kafka: { brokers: [broker], topic: 'nrm.delivery-notices' },
      }),
    ).rejects.toThrow(`Kafka at ${broker} (NRM_KAFKA_BROKERS): could not create or read topic`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
