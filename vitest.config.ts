import { defineConfig } from 'vitest/config';

// One run over every package; each package keeps its own vitest.config.ts. The gateway's
// suites run a second time on a real PostgreSQL (packages/gateway/vitest.postgres.config.ts).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'packages/gateway/vitest.postgres.config.ts'],
  },
});
