import { defineConfig } from 'vitest/config';

// One run over every package; each package keeps its own vitest.config.ts. The gateway's
// suites run a second time on a real PostgreSQL (packages/gateway/vitest.postgres.config.ts);
// the distributed suite is a project of its own because it starts a Kafka broker.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/*',
      'packages/gateway/vitest.postgres.config.ts',
      'packages/gateway/vitest.distributed.config.ts',
    ],
  },
});
