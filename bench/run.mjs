// `pnpm bench`: the gateway's figures side by side in one run, one JSON line each on stdout
// (progress on stderr), and bench/RESULTS.md (generated; prettier leaves it as written).
// Settings (env): BENCH_MESSAGES (capacity messages, default 20000), BENCH_SCALE (share of the
// UK year, default 1), BENCH_SDK_MESSAGES (default 1000), BENCH_FLOOR_SECONDS (default 10),
// BENCH_START_RUNS (default 3), BENCH_RESULTS (where to write the table).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureGatewayDist } from '../scripts/gateway-dist.mjs';
import { capacity } from './lib/capacity.mjs';
import { coldStart } from './lib/cold-start.mjs';
import { distributed, distributedUnavailable } from './lib/distributed.mjs';
import { figure, figures, percentile, skipped } from './lib/figures.mjs';
import { hasTaskset, startGateway } from './lib/gateway-process.mjs';
import { machine } from './lib/machine.mjs';
import { progress } from './lib/progress.mjs';
import { resultsMarkdown } from './lib/results-md.mjs';
import { sdkOpenLoop } from './lib/sdk-latency.mjs';
import { ukYear } from './lib/uk-mix.mjs';
import { envelopeStatistics, replayYear } from './lib/uk-year.mjs';

function setting(name, fallback, valid) {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!valid(value)) {
    process.stderr.write(`pnpm bench: ${name} must be ${valid.description}, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
}
const positiveInteger = Object.assign((n) => Number.isSafeInteger(n) && n > 0, {
  description: 'a positive whole number',
});
const share = Object.assign((n) => n > 0 && n <= 1, { description: 'a number in (0, 1]' });

const settings = {
  BENCH_MESSAGES: setting('BENCH_MESSAGES', 20_000, positiveInteger),
  BENCH_SCALE: setting('BENCH_SCALE', 1, share),
  BENCH_SDK_MESSAGES: setting('BENCH_SDK_MESSAGES', 1000, positiveInteger),
  BENCH_FLOOR_SECONDS: setting('BENCH_FLOOR_SECONDS', 10, positiveInteger),
  BENCH_START_RUNS: setting('BENCH_START_RUNS', 3, positiveInteger),
};
const resultsFile =
  process.env.BENCH_RESULTS ?? fileURLToPath(new URL('RESULTS.md', import.meta.url));
const note = (line) => process.stderr.write(`${line}\n`);
const taskset = hasTaskset();
// This process (the clients) keeps off the gateway's core while the gateway is pinned.
const pinSelf = (cores) => spawnSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)]);

await ensureGatewayDist(note);

// The crypto floor, in its own process on one core.
const floorRun = spawnSync(
  taskset ? 'taskset' : process.execPath,
  [
    ...(taskset ? ['-c', '0', process.execPath] : []),
    fileURLToPath(new URL('lib/crypto-floor.mjs', import.meta.url)),
    String(settings.BENCH_FLOOR_SECONDS),
  ],
  { encoding: 'utf8' },
);
if (floorRun.status !== 0) {
  throw new Error(`crypto floor failed: ${floorRun.stderr}`);
}
const floor = Number(floorRun.stdout.trim());
figure('crypto.floor', floor, 'verify+sign/s (4 KiB, one core)', null);

async function measureCapacity(cores) {
  note(
    `capacity: ${settings.BENCH_MESSAGES} messages, gateway ${cores === undefined ? 'unpinned' : `pinned to core ${cores}`}`,
  );
  if (cores !== undefined) {
    pinSelf('1');
  }
  const gateway = await startGateway(cores === undefined ? {} : { cores });
  try {
    return await capacity(gateway, { total: settings.BENCH_MESSAGES });
  } finally {
    await gateway.stop();
    if (cores !== undefined) {
      pinSelf('0-1023');
    }
  }
}

if (taskset) {
  const one = await measureCapacity('0');
  figure('gateway.capacity.one-core', one, 'messages/s', null);
  figure('gateway.capacity.one-core.floor-ratio', one / floor, 'ratio', { op: '>=', value: 0.5 });
} else {
  skipped('gateway.capacity.one-core.floor-ratio', 'ratio', { op: '>=', value: 0.5 }, 'no taskset');
}
const all = await measureCapacity(undefined);
figure('gateway.capacity.two-cores', all, 'messages/s', null);
figure('gateway.capacity.two-cores.floor-ratio', all / floor, 'ratio', { op: '>=', value: 0.9 });

{
  const rate = all / 2;
  note(`sdk: ${settings.BENCH_SDK_MESSAGES} consent records, open loop at ${rate.toFixed(1)}/s`);
  const gateway = await startGateway();
  try {
    const run = await sdkOpenLoop(gateway, { rate, count: settings.BENCH_SDK_MESSAGES });
    if (run.failed > 0) {
      throw new Error(`${run.failed} SDK sends failed`);
    }
    figure('sdk.throughput', run.latencies.length / run.seconds, 'messages/s', null, {
      offered: Number(rate.toFixed(2)),
    });
    figure('sdk.latency.p50', percentile(run.latencies, 50), 'ms', null);
    figure('sdk.latency.p99', percentile(run.latencies, 99), 'ms', { op: '<', value: 20 });
  } finally {
    await gateway.stop();
  }
}

for (const kind of ['dist', 'tsx']) {
  note(`cold start: ${kind}, ${settings.BENCH_START_RUNS} run(s)`);
  const start = await coldStart(kind, { runs: settings.BENCH_START_RUNS });
  const goals = kind === 'dist';
  figure(`start.cold.${kind}`, start.startSeconds, 's', goals ? { op: '<', value: 1.5 } : null);
  figure(`start.idle-rss.${kind}`, start.idleRssMiB, 'MiB', goals ? { op: '<', value: 150 } : null);
}

{
  const goal = { op: '>=', value: 0.5 };
  const why = distributedUnavailable();
  if (why !== undefined) {
    skipped('distributed.kafka-ratio', 'ratio', goal, why);
  } else {
    try {
      note('distributed: PostgreSQL + Kafka');
      const run = await distributed({ total: Math.min(settings.BENCH_MESSAGES, 5000) });
      figure('distributed.kafka-ratio', run.gatewayPerSecond / run.kafkaPerSecond, 'ratio', goal, {
        gatewayPerSecond: Number(run.gatewayPerSecond.toFixed(1)),
        kafkaPerSecond: Number(run.kafkaPerSecond.toFixed(1)),
      });
    } catch (error) {
      skipped('distributed.kafka-ratio', 'ratio', goal, `could not run: ${error.message}`);
    }
  }
}

{
  const goal = { op: '<', value: 10 };
  const year = ukYear();
  if (year === undefined) {
    skipped('uk-year.minutes', 'min', goal, '../shared/standards/uk-nrm-statistics is absent');
  } else {
    const cases = Math.max(1, Math.round(year.referrals * settings.BENCH_SCALE));
    note(`uk year ${year.year}: ${cases} of ${year.referrals} referrals`);
    const gateway = await startGateway();
    try {
      const run = await replayYear(gateway, {
        cases,
        mix: year.mix,
        progress: progress('uk year'),
      });
      const measuredMinutes = run.seconds / 60;
      const fullYearMinutes = (measuredMinutes * year.referrals) / cases;
      const scaled = cases < year.referrals;
      // A scaled run never stands in for the full one: the value is the full-year time, named
      // as extrapolated, beside the time actually measured.
      figure('uk-year.minutes', fullYearMinutes, 'min', goal, {
        year: year.year,
        referrals: year.referrals,
        cases,
        messages: run.messages,
        measuredMinutes: Number(measuredMinutes.toFixed(3)),
        ...(scaled
          ? {
              scaled: settings.BENCH_SCALE,
              extrapolatedFullYearMinutes: Number(fullYearMinutes.toPrecision(4)),
            }
          : {}),
      });
      figure('uk-year.envelopes', run.envelopes.length, 'messages', null, {
        statistics: envelopeStatistics(run.envelopes),
      });
    } finally {
      await gateway.stop();
    }
  }
}

writeFileSync(resultsFile, resultsMarkdown(machine(), settings, figures));
note(`pnpm bench: ${figures.length} figures, table in ${resultsFile}`);
