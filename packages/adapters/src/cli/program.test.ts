import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAdapterCli } from './program.js';

const cwd = mkdtempSync(join(tmpdir(), 'nrm-adapter-cli-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAdapterCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('nrm-adapter', () => {
  it('check: a registered adapter passes every check (exit 0)', async () => {
    const { code, stdout } = await run('check', 'police');
    expect(code).toBe(0);
    expect(stdout).toContain('police: 8/8 checks passed');
  });

  it('check: a failing module is listed check by check (exit 1)', async () => {
    writeFileSync(
      join(cwd, 'careless.mjs'),
      `export const adapter = { name: 'careless', description: 'x',
        inbound: { parse: (input) => [{ nativeId: '1', record: JSON.parse(String(input)) }], toCanonical: () => [] } };
       export const fixtures = { context: { agencyId: 'rs.astra', directory: {} }, inboundValid: ['{}'], inboundInvalid: ['nope'] };`,
    );
    const { code, stdout } = await run('check', './careless.mjs');
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL bad native input gives per-record issues, never a throw');
    expect(stdout).toContain('FAIL declared data categories equal the categories present');
  });

  it('refuses an unknown adapter, a missing module and a module without an adapter (exit 2)', async () => {
    expect(await run('check', 'nosuch')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('NOT_FOUND at adapter: No adapter "nosuch"; known: police'),
    });
    expect(await run('check', './missing.mjs')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('NOT_FOUND at adapter: Cannot load ./missing.mjs'),
    });
    writeFileSync(join(cwd, 'empty.mjs'), 'export const nothing = 1;\n');
    expect(await run('check', './empty.mjs')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('BAD_REQUEST at adapter: ./empty.mjs exports no `adapter`'),
    });
  });

  it('refuses a missing or invalid configuration with its path (exit 2)', async () => {
    expect(await run('import', '--config', 'none.json', 'x.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'BAD_REQUEST at config: Cannot read the configuration none.json',
      ),
    });
    writeFileSync(
      join(cwd, 'bad.json'),
      JSON.stringify({
        adapter: 'police',
        gatewayUrl: 'not a url',
        agencyId: 'rs.police.border',
        agencyDir: '.',
        workDir: 'w',
      }),
    );
    expect(await run('pull', '--config', 'bad.json', '--out', 'o')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('SCHEMA_INVALID at gatewayUrl: bad.json: Invalid URL'),
    });
  });

  it('answers a usage error with exit 2 and no stack trace', async () => {
    const { code, stderr } = await run('import');
    expect(code).toBe(2);
    expect(stderr).toContain("error: required option '--config <file>' not specified");
    expect(stderr).not.toContain('    at ');
  });
});
