import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliEnvironment } from './program.js';

let cwd: string;
let err: string[];

function io(): CliEnvironment {
  return {
    stdout: () => undefined,
    stderr: (text) => err.push(text),
    env: {},
    now: () => new Date('2026-03-02T09:00:00Z'),
    cwd,
  };
}
const run = (...argv: string[]) => runCli(argv, io());

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'nrm-gateway-cli-'));
  err = [];
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('nrm with the operator commands', () => {
  it('agency register needs a gateway URL and an operator token', async () => {
    await run('init', 'rs.astra');
    const args = [
      'agency',
      'register',
      'rs.astra',
      '--name',
      'ASTRA',
      '--kind',
      'ngo',
      '--jurisdiction',
      'RS',
      '--public-key',
      'rs.astra/public-key.asc',
    ];
    expect(await run(...args)).toBe(1);
    expect(err.join('')).toMatch(/error UNAUTHENTICATED: Needs --gateway and --admin-token/);
    expect(await run(...args.slice(0, 6), 'space-agency', ...args.slice(7))).not.toBe(0);
    expect(err.join('')).toContain("argument 'space-agency' is invalid");
  });

  it('keeps the agency commands and adds the operator commands to them', async () => {
    const out: string[] = [];
    const code = await runCli(['--help'], { ...io(), stdout: (text) => out.push(text) });
    expect(code).toBe(0);
    const help = out.join('');
    for (const command of ['init', 'send', 'inbox', 'log', 'agency', 'gateway-key', 'dpo']) {
      expect(help).toMatch(new RegExp(`\\n  ${command} `));
    }
    out.length = 0;
    await runCli(['log', '--help'], { ...io(), stdout: (text) => out.push(text) });
    expect(out.join('')).toMatch(/verify[\s\S]*witness[\s\S]*export/);
  });
});
