/**
 * The gateway's checkpoints and proofs, checked by an independent implementation: the Go
 * program beside this file verifies the C2SP signed note with golang.org/x/mod/sumdb/note and
 * the RFC 9162 proofs with github.com/transparency-dev/merkle. Needs Go (CI installs it);
 * without it the test says so and is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  envelopeFor,
  randomPayload,
  startTestGateway,
  submit,
  type Json,
  type TestGateway,
} from '../server/harness.js';

const here = dirname(fileURLToPath(import.meta.url));

function findGo(): string | undefined {
  for (const candidate of ['go', '/usr/local/go/bin/go']) {
    if (spawnSync(candidate, ['version']).status === 0) {
      return candidate;
    }
  }
  return undefined;
}

const go = findGo();
if (go === undefined) {
  console.warn('go-verifier: Go is not installed; the independent verifier test is skipped.');
}

describe.skipIf(go === undefined)(
  'checkpoints and proofs under Go sumdb/note + transparency-dev/merkle',
  () => {
    let t: TestGateway;
    let work: string;
    let binary: string;
    let input: Record<string, unknown>;

    const verify = (data: unknown): { status: number | null; out: string } => {
      const file = join(work, `input-${String(Math.random()).slice(2)}.json`);
      writeFileSync(file, JSON.stringify(data));
      const result = spawnSync(binary, [file], { encoding: 'utf8' });
      return { status: result.status, out: `${result.stdout}${result.stderr}` };
    };

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'nrm-go-verifier-'));
      binary = join(work, 'go-verifier');
      // Modules come from the Go module proxy (or the module cache) as go.sum pins them.
      execFileSync(go as string, ['build', '-o', binary, '.'], { cwd: here, stdio: 'pipe' });
      t = await startTestGateway();
      const police = await t.agency('rs.police.belgrade-thb');
      const receipts = [];
      for (let i = 0; i < 3; i++) {
        const payload = randomPayload();
        const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
        expect(sent.status).toBe(202);
        receipts.push(
          JSON.parse(Buffer.from(sent.body.receipt.receipt, 'base64').toString('utf8')),
        );
      }
      const noteKey = (await (await fetch(`${t.url}/v1/log/note-key`)).json()) as Json;
      const older = receipts[0].log.checkpoint as string;
      const newer = await (await fetch(`${t.url}/v1/log/checkpoint`)).text();
      const size = (note: string) => Number(note.split('\n')[1]);
      const consistencyUrl = `${t.url}/v1/log/checkpoint/consistency?oldSize=${size(older)}&newSize=${size(newer)}`;
      const consistency = (await (await fetch(consistencyUrl)).json()) as Json;
      // Entries of the newest receipt are proven against its own checkpoint.
      input = {
        verifierKey: noteKey.verifierKey,
        origin: noteKey.origin,
        older,
        newer: receipts[2].log.checkpoint,
        consistency: [],
        entries: receipts[2].log.entries,
      };
      input = { ...input, olderToLatest: { older, newer, consistency: consistency.proof } };
    }, 120_000);

    afterAll(async () => {
      await t?.close();
      if (work !== undefined && existsSync(work)) {
        rmSync(work, { recursive: true, force: true });
      }
    });

    it('verifies a receipt: the checkpoint signature and every entry’s inclusion proof', () => {
      const { olderToLatest: _unused, ...receipt } = input;
      const result = verify({ ...receipt, older: '' });
      expect(result.out).toMatch(
        /^verified: checkpoint nrm-gateway.local\/log size \d+, 1 entries included/,
      );
      expect(result.status).toBe(0);
    });

    it('verifies the consistency proof from a receipt’s checkpoint to the newest one', () => {
      const { olderToLatest } = input as { olderToLatest: Record<string, unknown> };
      const result = verify({ ...input, ...olderToLatest, entries: [] });
      expect(result.out).toMatch(/consistent with the older checkpoint/);
      expect(result.status).toBe(0);
    });

    it('refuses a checkpoint whose size was changed after signing', () => {
      const note = input['newer'] as string;
      const [origin, size, ...rest] = note.split('\n');
      const forged = [origin, String(Number(size) + 1), ...rest].join('\n');
      const result = verify({ ...input, older: '', newer: forged });
      expect(result.out).toMatch(/not verified: newer checkpoint: signed note/);
      expect(result.status).toBe(1);
    });

    it('refuses an entry that was rewritten', () => {
      const entries = input['entries'] as { leaf: string }[];
      const rewritten = entries.map((e) => ({ ...e, leaf: e.leaf.replace('rs.cptv', 'rs.astra') }));
      const result = verify({ ...input, older: '', entries: rewritten });
      expect(result.out).toMatch(/not verified: inclusion of entry/);
      expect(result.status).toBe(1);
    });

    it('refuses a consistency proof that does not link the two checkpoints', () => {
      const { olderToLatest } = input as { olderToLatest: { consistency: string[] } };
      const broken = olderToLatest.consistency.map((h, i) =>
        i === 0 ? h.replace(/^./, h[0] === '0' ? '1' : '0') : h,
      );
      const result = verify({ ...input, ...olderToLatest, consistency: broken, entries: [] });
      expect(result.out).toMatch(/not verified: consistency/);
      expect(result.status).toBe(1);
    });
  },
);
