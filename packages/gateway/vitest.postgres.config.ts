import { nrmProject } from '../../vitest.shared.js';

// The gateway suites that start a gateway or use its store, again on a real PostgreSQL
// (test/postgres-setup.ts starts it; each gateway gets a database of its own).
export default nrmProject('gateway-postgres', {
  include: [
    'test/server/**/*.test.ts',
    'test/dpo/**/*.test.ts',
    'test/interop/**/*.test.ts',
    'test/agency-guide/**/*.test.ts',
    'test/demo/**/*.test.ts',
    'test/gpg/curl-gpg.test.ts',
    'test/foreign-partner/foreign-partner.test.ts',
    'test/foreign-partner/partner-checks.test.ts',
  ],
  // These edit the SQLite file of a stopped gateway behind its back (tamper tests).
  exclude: ['test/server/log-witness.test.ts'],
  globalSetup: ['test/postgres-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
});
