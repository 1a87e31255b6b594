import { nrmProject } from '../../vitest.shared.js';

// The multi-process suite: a real Kafka broker, started once per run by the global setup.
export default nrmProject('gateway-distributed', {
  include: ['test/distributed/**/*.test.ts'],
  globalSetup: ['test/distributed/kafka-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
});
