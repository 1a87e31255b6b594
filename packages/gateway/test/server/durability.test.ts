import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readAgencyPrivateKey } from '@nrm/client/crypto';
import { readDemoAgency } from '../../src/seed/seed-demo.js';
import { testDatabase } from '../test-database.js';
import {
  call,
  envelopeFor,
  randomPayload,
  submit,
  type TestAgency,
  type TestGateway,
} from './harness.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'nrm-kill9-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) {
    child.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Start `main.ts` (what `pnpm start` runs) as a child process and wait for its URL. */
async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const { databaseUrl } = await testDatabase(dataDir);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@nrm/source',
      'packages/gateway/src/server/main.ts',
      '--demo',
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NRM_DATA_DIR: dataDir,
        PORT: '0',
        ...(databaseUrl === undefined ? {} : { NRM_DATABASE_URL: databaseUrl }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start:\n${out}\n${err}`)),
      45_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /NRM gateway listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${out}\n${err}`));
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function agency(id: string): Promise<TestAgency> {
  const demo = readDemoAgency(dataDir, id);
  return { ...demo, key: await readAgencyPrivateKey(demo.privateKey) };
}

describe('durability', () => {
  it('an acknowledged submit survives kill -9 of the server process', async () => {
    const first = await startChild();
    const asGateway = (url: string) => ({ url }) as TestGateway;
    const police = await agency('rs.police.belgrade-thb');
    const accepted: {
      id: string;
      body: unknown;
      envelope: Record<string, unknown>;
      payload: Uint8Array;
    }[] = [];
    for (let i = 0; i < 5; i++) {
      const payload = randomPayload(1024);
      const envelope = envelopeFor(police, ['rs.cptv', 'rs.prosecutor.belgrade'], payload, {
        legalBasis: 'public-task',
      });
      const sent = await submit(asGateway(first.url), police, envelope, payload);
      expect(sent.status, JSON.stringify(sent.body)).toBe(202);
      accepted.push({ id: sent.body.id as string, body: sent.body, envelope, payload });
    }
    // No graceful shutdown: the process dies right after the last 202.
    await killHard(first.child);

    const second = await startChild();
    const gw = asGateway(second.url);
    for (const { id, body, envelope, payload } of accepted) {
      const status = await call(gw, 'GET', `/v1/messages/${id}/status`, police.token);
      expect(status.status, status.text).toBe(200);
      expect((status.body.recipients as { status: string }[]).map((r) => r.status)).toEqual([
        'accepted',
        'accepted',
      ]);
      // Resubmitting after the restart gets the answer given before it, receipt included.
      const redo = await submit(gw, police, envelope, payload);
      expect(redo.status).toBe(202);
      expect(redo.body).toEqual(body);
    }
    const cptv = await agency('rs.cptv');
    const inbox = await call(gw, 'GET', '/v1/inbox?limit=100', cptv.token);
    expect((inbox.body.messages as { id: string }[]).map((m) => m.id)).toEqual(
      accepted.map((a) => a.id),
    );
    await killHard(second.child);
  }, 120_000);
});
