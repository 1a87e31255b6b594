import { nrmProject } from '../../vitest.shared.js';

// test/distributed/ is its own project (vitest.distributed.config.ts): it needs a broker.
export default nrmProject('gateway', {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  exclude: ['test/distributed/**', '**/node_modules/**'],
});
