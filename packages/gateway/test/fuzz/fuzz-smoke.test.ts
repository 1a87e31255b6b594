import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A small run of `pnpm fuzz` (the full run is a separate command, outside the test budget). */
describe('pnpm fuzz, small', () => {
  it('150 mutated requests against its own gateway: no 5xx, no reset, no crash', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@nrm/source',
        join(packageDir, 'fuzz', 'run-fuzz.ts'),
        '--count',
        '150',
        '--seconds',
        '60',
        '--seed',
        '7',
        '--concurrency',
        '4',
      ],
      { cwd: packageDir, timeout: 120_000 },
    );
    expect(stdout).toMatch(/pnpm fuzz: 150 requests/);
    expect(stdout).toMatch(/5xx: 0 {2}connection errors: 0 {2}other problems: 0/);
    expect(stdout).toMatch(/gateway: alive, \/healthz 200/);
  }, 150_000);
});
