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
    // No test here gets as far as a long-running loop: a stop request is already made.
    stopSignal: () => AbortSignal.abort(),
  });
  return { code, stdout, stderr };
}

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('nrm-adapter', () => {
  it('check: a registered adapter passes every check that applies (exit 0)', async () => {
    const { code, stdout } = await run('check', 'police');
    expect(code).toBe(0);
    // The police answer in another format than they export: no round trip to check.
    expect(stdout).toContain('n/a  round trip native → canonical → native → canonical');
    expect(stdout).toContain('police: 7/7 checks passed (1 not applicable)');
  });

  it('check: an export-only adapter passes what applies and lists the rest as n/a (exit 0)', async () => {
    const { code, stdout } = await run('check', 'htcds');
    expect(code).toBe(0);
    expect(stdout).toContain('ok   outbound mapping writes every received message');
    expect(stdout).toContain('n/a  valid native exports map without issues');
    expect(stdout).toContain('htcds: 2/2 checks passed (6 not applicable)');
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

  it('poll: refuses a bad --every, --url or missing --out, naming the option (exit 2)', async () => {
    const base = ['poll', 'police', '--config', 'c.json', '--out', 'o'];
    for (const every of ['0', '-1', 'soon', '']) {
      const { code, stderr } = await run(...base, '--url', 'http://127.0.0.1:1/', '--every', every);
      expect(code).toBe(2);
      expect(stderr).toContain(`option '--every <seconds>' argument '${every}' is invalid`);
      expect(stderr).toContain('Expected a number of seconds greater than 0.');
    }
    for (const url of ['zapisi', 'ftp://agency.example/zapisi']) {
      const { code, stderr } = await run(...base, '--every', '5', '--url', url);
      expect(code).toBe(2);
      expect(stderr).toContain(`option '--url <url>' argument '${url}' is invalid`);
    }
    const missing = await run(
      'poll',
      'police',
      '--config',
      'c.json',
      '--url',
      'http://x/',
      '--every',
      '5',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--out <dir>' not specified");
  });

  it('webhook: refuses a bad --port, a missing --token-file and a weak token (exit 2)', async () => {
    for (const port of ['65536', 'http', '-1']) {
      const { code, stderr } = await run(
        'webhook',
        'ngo-hotline',
        '--config',
        'c.json',
        '--token-file',
        't',
        '--port',
        port,
      );
      expect(code).toBe(2);
      expect(stderr).toContain(`option '--port <port>' argument '${port}' is invalid`);
    }
    const missing = await run('webhook', 'ngo-hotline', '--config', 'c.json', '--port', '0');
    expect(missing.stderr).toContain("required option '--token-file <file>' not specified");
    const webhook = (...rest: string[]) =>
      run('webhook', 'ngo-hotline', '--config', 'c.json', '--port', '0', ...rest);
    expect(await webhook('--token-file', 'no-token')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'BAD_REQUEST at token-file: Cannot read the token file no-token',
      ),
    });
    writeFileSync(join(cwd, 'weak-token'), 'secret\n');
    expect(await webhook('--token-file', 'weak-token')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'BAD_REQUEST at token-file: The token in weak-token must be one word of at least 16 characters.',
      ),
    });
  });
});
