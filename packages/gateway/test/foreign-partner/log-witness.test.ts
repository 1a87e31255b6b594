/**
 * The toolkit's "log witness" section (docs/foreign-partner.sh), run with bash, curl, jq,
 * base64, sha256sum, od and openssl against a real gateway: the partner pins the note key,
 * keeps the newest checkpoint, verifies its Ed25519 signature with openssl and the RFC 9162
 * consistency proof in bash, and reports FORK_DETECTED once the log was rewritten.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';

const execFileAsync = promisify(execFile);
const toolkit = fileURLToPath(new URL('../../docs/foreign-partner.sh', import.meta.url));
const tools = ['curl', 'jq', 'sha256sum', 'base64', 'od', 'openssl'];
const missing = tools.filter(
  (tool) =>
    spawnSync(tool, tool === 'openssl' ? ['version'] : ['--version'], { stdio: 'ignore' })
      .status !== 0,
);
if (missing.length > 0) {
  console.warn(`toolkit log witness skipped: ${missing.join(', ')} not on the PATH.`);
}

/** stderr without what the machine's shell start-up files print (not the toolkit's). */
const ownLines = (stderr: string): string =>
  stderr
    .split('\n')
    .filter((line) => !/^\/etc\/bash/.test(line))
    .join('\n');

describe.skipIf(missing.length > 0)(
  'toolkit log witness (bash + openssl) against the gateway',
  () => {
    let gateway: RunningGateway;
    let dataDir: string;
    let keyDir: string;
    let work: string;

    async function witness(): Promise<{ code: number; stdout: string; stderr: string }> {
      try {
        const { stdout, stderr } = await execFileAsync(
          'bash',
          ['-euo', 'pipefail', '-c', `. ${JSON.stringify(toolkit)}; nrm_log_witness`],
          {
            cwd: work,
            encoding: 'utf8',
            env: {
              PATH: process.env['PATH'] ?? '/usr/bin:/bin',
              HOME: work,
              NRM_GATEWAY_URL: gateway.url,
            },
          },
        );
        return { code: 0, stdout, stderr: ownLines(stderr) };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: ownLines(failed.stderr) };
      }
    }

    const record = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await gateway.ctx.log.record([
          {
            kind: 'policy-changed',
            at: new Date().toISOString(),
            policy: 'toolkit.witness',
            policyVersion: 700 + i,
            digest: createHash('sha256').update(String(i)).digest('hex'),
          },
        ]);
        await gateway.ctx.log.signedTreeHead();
      }
    };

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'nrm-toolkit-witness-'));
      keyDir = mkdtempSync(join(tmpdir(), 'nrm-toolkit-witness-keys-'));
      work = mkdtempSync(join(tmpdir(), 'nrm-toolkit-witness-partner-'));
      gateway = await startGateway({ dataDir, keyDir, port: 0, server: { logger: false } });
    });

    afterAll(async () => {
      await gateway.close();
      for (const dir of [dataDir, keyDir, work]) {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('pins the note key, then accepts every checkpoint that extends the one it holds', async () => {
      const first = await witness();
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const [, size1] = first.stdout.trim().split(' ');
      expect(readFileSync(join(work, 'log-witness', 'note-key'), 'utf8').trim()).toBe(
        gateway.ctx.noteKey.verifierKey,
      );
      // Sizes 1→n where n is not a power of two, and a few more: the bash proof check runs.
      for (const extra of [1, 2, 3]) {
        await record(extra);
        const next = await witness();
        expect(next.stderr).toBe('');
        expect(next.code).toBe(0);
        expect(Number(next.stdout.split(' ')[1])).toBeGreaterThan(Number(size1));
      }
    });

    it('refuses a held checkpoint whose signature no longer verifies', async () => {
      const file = join(work, 'log-witness', 'checkpoint');
      const held = readFileSync(file, 'utf8');
      const lines = held.split('\n');
      lines[1] = String(Number(lines[1]) + 1);
      writeFileSync(file, lines.join('\n'));
      const result = await witness();
      expect(result.stderr).toMatch(/checkpoint signature does not verify/);
      expect(result.code).toBe(1);
      writeFileSync(file, held);
    });

    it('FORK_DETECTED (exit 3) after the heads table was emptied and an entry rewritten', async () => {
      await gateway.close();
      const db = new SQLite(join(dataDir, 'gateway.sqlite'));
      db.prepare('delete from transparency_tree_heads').run();
      const row = db.prepare('select entry from transparency_log where seq = 1').get() as {
        entry: string;
      };
      const forged = row.entry.replace('"at":"2', '"at":"1');
      expect(forged).not.toBe(row.entry);
      const hash = createHash('sha256')
        .update(Buffer.from([0]))
        .update(forged)
        .digest('hex');
      db.prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = 1').run(
        forged,
        hash,
      );
      db.close();
      // The key folder's own checkpoint is gone too: the gateway signs the forged history.
      rmSync(join(keyDir, 'log-checkpoint.txt'));
      gateway = await startGateway({
        dataDir,
        keyDir,
        port: 0,
        seed: false,
        server: { logger: false },
      });
      await record(1);
      const result = await witness();
      expect(result.stderr).toMatch(
        /^FORK_DETECTED: the log of \d+ entries does not extend the one of \d+/,
      );
      expect(result.code).toBe(3);
    });
  },
);
