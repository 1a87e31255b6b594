/**
 * `nrm gateway-key` against a real gateway: the operator reads the fingerprint from the data
 * dir, an agency fetches what the gateway serves; both print it as gpg does, `--expect`
 * turns the comparison into the exit code, and every failure is one line with its code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { displayFingerprint } from '@nrm/client/crypto';
import { demoAgencyDir } from '../../src/seed/seed-demo.js';
import { startTestGateway, type TestGateway } from './harness.js';

let t: TestGateway;
let cwd: string;

async function nrm(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    now: () => new Date(),
    cwd,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  t = await startTestGateway();
  cwd = mkdtempSync(join(tmpdir(), 'nrm-gateway-key-cli-'));
});
afterAll(async () => {
  await t.close();
  rmSync(cwd, { recursive: true, force: true });
});

describe('nrm gateway-key', () => {
  it('prints the same fingerprint from the data dir (operator) and from the gateway (agency)', async () => {
    const shown = displayFingerprint(t.gw.ctx.gatewayKey.fingerprint);
    const offline = await nrm(['gateway-key', '--data-dir', t.dataDir]);
    expect(offline).toMatchObject({ code: 0, stderr: '' });
    expect(offline.stdout).toBe(
      `gateway key ${shown}\nvalid from  ${t.gw.ctx.gatewayKey.validFrom}\nsource      ${join(t.dataDir, 'gateway-key.pub.asc')}\n`,
    );
    const online = await nrm(
      ['gateway-key', '--dir', demoAgencyDir(t.dataDir, 'at.lefoe-ibf'), '--expect', shown],
      { NRM_GATEWAY_URL: t.url },
    );
    expect(online).toMatchObject({ code: 0, stderr: '' });
    expect(online.stdout).toContain(`gateway key ${shown}\n`);
    expect(online.stdout).toContain(`source      ${t.url}/v1/keys/gateway\n`);
  });

  it('exits 1 with KEY_UNKNOWN when the key is not the expected one', async () => {
    const result = await nrm([
      'gateway-key',
      '--data-dir',
      t.dataDir,
      '--expect',
      '0000 0000 0000 0000 0000  0000 0000 0000 0000 0000',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error KEY_UNKNOWN: The gateway key is .* \(at expect\)\n$/);
  });

  it('names what is missing: no key in the data dir, no gateway URL, no token', async () => {
    expect((await nrm(['gateway-key', '--data-dir', cwd])).stderr).toMatch(
      /^error NOT_FOUND: No gateway key in .* \(at data-dir\)\n$/,
    );
    expect((await nrm(['gateway-key', '--dir', cwd])).stderr).toMatch(
      /^error BAD_REQUEST: No gateway URL.* \(at gateway\)\n$/,
    );
    expect((await nrm(['gateway-key', '--dir', cwd], { NRM_GATEWAY_URL: t.url })).stderr).toMatch(
      /^error UNAUTHENTICATED: No token.* \(at token\)\n$/,
    );
  });
});
