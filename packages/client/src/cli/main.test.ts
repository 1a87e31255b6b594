import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const execFileAsync = promisify(execFile);
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
// Run from the package so `tsx` resolves; the agency folder goes to a temp dir.
const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'nrm-bin-'));
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

/** The `nrm` binary as a real process (source through tsx, as in the workspace). */
async function nrm(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', '--conditions=@nrm/source', MAIN, ...args],
      { cwd: PACKAGE },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the nrm binary', () => {
  it('prints help and initialises an agency folder', async () => {
    const help = await nrm('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: nrm');
    const init = await nrm('init', 'rs.atina', '--dir', join(cwd, 'rs.atina'));
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/fingerprint [0-9a-f]{40}/);
  });

  it('exits 1 with a one-line error and no stack trace', async () => {
    const result = await nrm('init', 'rs.atina', '--dir', join(cwd, 'rs.atina'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error ID_CONFLICT: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
