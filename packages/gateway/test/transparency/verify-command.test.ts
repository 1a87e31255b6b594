import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKey } from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLog, runLogVerify, type SignedTreeHead } from '../../src/transparency/index.js';
import { appendSamples, gatewayKey, openLog, openLogDb, tempDir } from './log-fixture.js';

const temp = tempDir();
let exportText: string;
let firstHead: SignedTreeHead;

beforeAll(async () => {
  const key = await gatewayKey(new Date('2026-01-01T00:00:00Z'));
  const store = await openLogDb(':memory:');
  const log = await openLog(store.storage, key);
  await appendSamples(log, 0, 6);
  firstHead = await log.signedTreeHead();
  await appendSamples(log, 6, 10);
  await log.signedTreeHead();
  exportText = await exportLog(store.storage, {
    gatewayKey: await readKey({ armoredKey: key.publicKeyArmored }),
    exportedAt: new Date('2026-03-20T00:00:00Z'),
  });
  await store.close();
  writeFileSync(join(temp.dir, 'gateway.pub.asc'), key.publicKeyArmored);
  writeFileSync(join(temp.dir, 'log.jsonl'), exportText);
  writeFileSync(join(temp.dir, 'head.json'), JSON.stringify(firstHead));
  const lines = exportText.split('\n');
  const entry = JSON.parse(lines[3]!) as { entry: string; leafHash: string };
  lines[3] = JSON.stringify({ ...entry, entry: entry.entry.replace('"seq":2', '"seq":7') });
  writeFileSync(join(temp.dir, 'tampered.jsonl'), lines.join('\n'));
  const other = await gatewayKey(new Date('2026-01-01T00:00:00Z'));
  writeFileSync(join(temp.dir, 'other.pub.asc'), other.publicKeyArmored);
});

afterAll(() => temp.remove());

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runLogVerify(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    cwd: temp.dir,
  });
  return { code, out, err };
}

describe('nrm log verify', () => {
  it('exits 0 and prints size and root for an intact export', async () => {
    const result = await run('verify', 'log.jsonl', '--key', 'gateway.pub.asc');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^OK: 10 entries, tree size 10, root [0-9a-f]{64}, 2 signed tree heads/,
    );
  });

  it('checks heads kept from earlier, one per --known-head', async () => {
    writeFileSync(
      join(temp.dir, 'heads.jsonl'),
      `${JSON.stringify(firstHead)}\n${JSON.stringify(firstHead)}\n`,
    );
    const result = await run(
      'verify',
      'log.jsonl',
      '--key',
      'gateway.pub.asc',
      '--known-head',
      'head.json',
      '--known-head',
      'heads.jsonl',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ ok: true, treeSize: 10, treeHeads: 5 });
  });

  it('exits 1 with one line per problem, code and position first', async () => {
    const result = await run('verify', 'tampered.jsonl', '--key', 'gateway.pub.asc');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^ENTRY_MODIFIED at 2: /m);
    expect(result.out).toMatch(/^ROOT_MISMATCH at 0: /m);
  });

  it('exits 1 when the key is not the gateway key', async () => {
    const result = await run('verify', 'log.jsonl', '--key', 'other.pub.asc', '--json');
    expect(result.code).toBe(1);
    const codes = (JSON.parse(result.out) as { problems: { code: string }[] }).problems.map(
      (p) => p.code,
    );
    expect(codes).toContain('KEY_MISMATCH');
    expect(codes).toContain('STH_SIGNATURE_INVALID');
  });

  it('exits 2 on usage and input errors', async () => {
    expect((await run('verify', 'log.jsonl')).code).toBe(2);
    expect((await run('verify', 'missing.jsonl', '--key', 'gateway.pub.asc')).err).toMatch(
      /ENOENT/,
    );
    expect((await run('verify', 'log.jsonl', '--key', 'log.jsonl')).code).toBe(2);
    const badHead = await run(
      'verify',
      'log.jsonl',
      '--key',
      'gateway.pub.asc',
      '--known-head',
      'log.jsonl',
    );
    expect(badHead.code).toBe(2);
    expect(badHead.err).toMatch(/not a signed tree head/);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('prints help and exits 0', async () => {
    const result = await run('verify', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/--known-head <file>/);
  });
});
