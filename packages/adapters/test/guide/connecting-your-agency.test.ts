/**
 * "Connecting your agency", run as written: every fenced `sh` block, in order, in one bash
 * in an empty folder — a real gateway (`scripts/start.mjs`), the real `nrm-adapter` CLI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const guide = readFileSync(
  new URL('../../docs/connecting-your-agency.md', import.meta.url),
  'utf8',
);
const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/** The fenced shell blocks of a Markdown text, in order. */
export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('Connecting your agency', () => {
  const work = mkdtempSync(join(tmpdir(), 'nrm-guide-agency-'));
  let pgid: number | undefined;

  afterAll(() => {
    // The guide stops its gateway; if a block failed first, stop it here (same group).
    if (pgid !== undefined) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('has the blocks the test expects', () => {
    expect(shellBlocks(guide)).toHaveLength(8);
  });

  it('runs every command: gateway, kit check, import, replay, the CPTV side', async () => {
    const script = shellBlocks(guide).join('\n');
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: work,
      detached: true,
      env: { ...process.env, NRM_REPO: repo, PORT: '0', NODE_OPTIONS: '' },
    });
    pgid = child.pid;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, output: code === 0 ? '' : stdout + stderr }).toEqual({ code: 0, output: '' });
    expect(stdout).toContain('police: 8/8 checks passed');
    expect(stdout).toContain('border-police: 8/8 checks passed');
    const imports = stdout
      .split('\n')
      .filter((line) => line.startsWith('{"file"'))
      .map((line) => JSON.parse(line) as unknown);
    expect(imports).toEqual([
      { file: 'export-2026-04-10.jsonl', sent: 2, skipped: 0, rejected: 1 },
      { file: 'export-2026-04-10.jsonl', sent: 0, skipped: 3, rejected: 0 },
    ]);
    expect(stdout).toContain('exit code 1: see work/rejects.jsonl');
    expect(stdout).toContain(
      '{"nativeId":"GP-2026-0416","code":"NATIVE_FIELD_INVALID","message":"Unknown form \\"šverc\\".","path":"GP-2026-0416/oblik","source":"export-2026-04-10.jsonl"}',
    );
    expect(stdout).toContain('{"written":2,"ignored":0,"rejected":0}');
    expect(readdirSync(join(work, 'border-police', 'cptv-inbox'))).toHaveLength(2);
    expect(stdout.match(/"vrsta": "UPUCIVANJE"/g)).toHaveLength(2);
  }, 300_000);
});
