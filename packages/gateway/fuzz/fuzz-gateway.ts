import { startGateway } from '../src/server/start-gateway.js';

/**
 * The gateway under fuzz, in its own process so the fuzzer can see a crash and read its peak
 * memory: demo agencies seeded in the given throwaway directory, loopback only, no request
 * log (the fuzzer counts answers itself), rate limit high enough not to hide the routes.
 */
const dataDir = process.argv[2];
if (dataDir === undefined) {
  process.stderr.write('usage: fuzz-gateway <data dir>\n');
  process.exit(2);
}
const gateway = await startGateway({
  dataDir,
  port: 0,
  host: '127.0.0.1',
  server: { logger: { level: 'error' }, rateLimitPerMinute: 1_000_000 },
});
process.stdout.write(`${gateway.url}\n`);
process.once('SIGTERM', () => {
  gateway.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
