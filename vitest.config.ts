import { defineConfig } from 'vitest/config';

// One run over every package; each package keeps its own vitest.config.ts. The gateway's
// distributed suite is a project of its own because it starts a Kafka broker.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'packages/gateway/vitest.distributed.config.ts'],
  },
});
