import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nrm-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Figure {
  metric: string;
  value: number | null;
  unit: string;
  goal: string | null;
  met?: boolean;
  skipped?: string;
  [field: string]: unknown;
}

const METRICS = [
  'crypto.floor',
  'gateway.capacity.two-cores',
  'gateway.capacity.two-cores.floor-ratio',
  'sdk.throughput',
  'sdk.latency.p50',
  'sdk.latency.p99',
  'start.cold.dist',
  'start.idle-rss.dist',
  'start.cold.tsx',
  'start.idle-rss.tsx',
  'distributed.kafka-ratio',
];

/** `pnpm bench` at a tiny scale: the shape of its lines and its table, not its speed. */
describe('pnpm bench, tiny', () => {
  it('prints one well-formed JSON line per figure and writes the results table', async () => {
    const results = join(dir, 'RESULTS.md');
    const { stdout } = await promisify(execFile)(process.execPath, ['bench/run.mjs'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        BENCH_MESSAGES: '20',
        BENCH_SDK_MESSAGES: '5',
        BENCH_SCALE: '0.0001',
        BENCH_FLOOR_SECONDS: '1',
        BENCH_START_RUNS: '1',
        BENCH_RESULTS: results,
      },
      timeout: 540_000,
    });
    const figures = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Figure);
    const names = figures.map((f) => f.metric);
    expect(names).toEqual(expect.arrayContaining(METRICS));
    for (const f of figures) {
      expect(typeof f.unit).toBe('string');
      if (f.skipped !== undefined) {
        expect(f.value).toBeNull();
        expect(f.met).toBeUndefined();
      } else {
        expect(Number.isFinite(f.value)).toBe(true);
        // `met` exactly when there is a goal to meet.
        expect(typeof f.met).toBe(f.goal === null ? 'undefined' : 'boolean');
      }
    }
    const year = figures.find((f) => f.metric === 'uk-year.minutes');
    if (year?.skipped === undefined) {
      // A scaled year says so and keeps the measured and extrapolated times apart.
      expect(year).toMatchObject({ scaled: 0.0001, goal: '< 10' });
      expect(year?.measuredMinutes).toEqual(expect.any(Number));
      expect(year?.extrapolatedFullYearMinutes).toBe(year?.value);
      const envelopes = figures.find((f) => f.metric === 'uk-year.envelopes');
      expect(envelopes?.statistics).toMatchObject({ referrals: year?.cases });
    }
    const table = readFileSync(results, 'utf8');
    expect(table).toMatch(/^- CPU: .+, \d+ cores$/m);
    expect(table).toMatch(/^- Node: v\d+/m);
    for (const name of METRICS) {
      expect(table).toContain(`| ${name} |`);
    }
    if (year?.skipped === undefined) {
      expect(table).toContain('extrapolated from BENCH_SCALE=0.0001');
    }
  }, 600_000);

  it('refuses a setting out of range, naming it, before measuring anything', async () => {
    const result = await new Promise<{ code: number | null; stderr: string; stdout: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          ['bench/run.mjs'],
          { cwd: repoRoot, env: { ...process.env, BENCH_SCALE: '2' } },
          (error, stdout, stderr) =>
            resolve({ code: error === null ? 0 : (error.code as number), stderr, stdout }),
        );
      },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('pnpm bench: BENCH_SCALE must be a number in (0, 1], got "2"\n');
  }, 60_000);
});
