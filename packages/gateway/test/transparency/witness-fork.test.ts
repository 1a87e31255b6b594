/**
 * Issue 8's "must show": the log edited directly in the SQLite database. An agency's SDK that
 * holds an earlier receipt's checkpoint reports FORK_DETECTED, and /readyz reports the log as
 * not verified whenever the gateway has evidence of its own (its newest checkpoint, kept in
 * the key folder outside the data folder, or the tree in memory).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE } from '@nrm/schemas';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { NrmClient, readAgencyPrivateKey } from '@nrm/client';
import { runCli } from '../../src/cli/program.js';
import { demoAgencyDir, readDemoAgency } from '../../src/seed/seed-demo.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';

const consentExample = CATALOGUE.get('nrm.consent-record')!.examples[1] as Record<string, unknown>;
const dirs: string[] = [];
const running: RunningGateway[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

afterEach(async () => {
  for (const gateway of running.splice(0)) {
    await gateway.close();
  }
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A gateway whose keys (and own newest checkpoint) live outside its data folder. */
async function start(dataDir: string, keyDir: string): Promise<RunningGateway> {
  const gateway = await startGateway({ dataDir, keyDir, port: 0, server: { logger: false } });
  running.push(gateway);
  return gateway;
}

async function stop(gateway: RunningGateway): Promise<void> {
  running.splice(running.indexOf(gateway), 1);
  await gateway.close();
}

/** ASTRA's SDK; its witness state (the newest checkpoint seen) persists in `stateDir`. */
async function astra(gateway: RunningGateway, dataDir: string, stateDir: string) {
  const demo = readDemoAgency(dataDir, 'rs.astra');
  return new NrmClient({
    gatewayUrl: gateway.url,
    token: demo.token,
    agencyId: 'rs.astra',
    privateKey: await readAgencyPrivateKey(demo.privateKey),
    stateDir,
  });
}

/** ASTRA records a consent for CPTV: the receipt's checkpoint covers its log entries. */
async function recordConsent(client: NrmClient) {
  const now = Date.now();
  const subject = `sub_Witness${String(now).slice(-8)}00000`;
  const consent = {
    ...consentExample,
    id: randomUUID(),
    subject,
    controller: 'rs.astra',
    recipients: [{ by: 'agency', agency: 'rs.cptv' }],
    purposes: ['identification'],
    categories: ['identity', 'process'],
    obtainedAt: new Date(now - 120_000).toISOString(),
    validFrom: new Date(now - 60_000).toISOString(),
    validUntil: new Date(now + 365 * 86_400_000).toISOString(),
  };
  return client.send({
    type: 'nrm.consent-record',
    version: 1,
    payload: consent,
    consentScope: consent,
    to: ['rs.cptv'],
    subject,
    purpose: 'identification',
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: false,
    area: 'beograd-savski-venac',
  });
}

/** Facts without a receipt (here a policy change): left for the scheduled checkpoint. */
async function recordUncovered(gateway: RunningGateway, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await gateway.ctx.log.record([
      {
        kind: 'policy-changed',
        at: new Date().toISOString(),
        policy: 'witness.test',
        policyVersion: 1000 + i,
        digest: createHash('sha256').update(String(i)).digest('hex'),
      },
    ]);
  }
}

const leafHash = (text: string) =>
  createHash('sha256')
    .update(Buffer.from([0]))
    .update(text)
    .digest('hex');

/** Rewrite entry `seq` with a recomputed leaf hash, as someone with the database file could. */
function rewriteEntry(db: SQLite.Database, seq: number, edit: (entry: string) => string): void {
  const row = db.prepare('select entry from transparency_log where seq = ?').get(seq) as {
    entry: string;
  };
  const text = edit(row.entry);
  expect(text).not.toBe(row.entry);
  db.prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = ?').run(
    text,
    leafHash(text),
    seq,
  );
}

async function readyz(gateway: RunningGateway) {
  const response = await fetch(`${gateway.url}/readyz`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read any field
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** `nrm log witness` for ASTRA's agency folder (its witness state is `<folder>/state`). */
async function cliWitness(gateway: RunningGateway, dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['log', 'witness', '--dir', demoAgencyDir(dataDir, 'rs.astra')], {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: { NRM_GATEWAY_URL: gateway.url },
    now: () => new Date(),
    cwd: dataDir,
  });
  return { code, out: out.join(''), err: err.join('') };
}

const forkOf = (promise: Promise<unknown>) =>
  expect(promise).rejects.toMatchObject({
    code: 'FORK_DETECTED',
    message: expect.stringMatching(
      /is not an extension of the checkpoint|checkpoints of size \d+ with different roots/,
    ) as unknown,
  });

describe('the log edited in the database', () => {
  it('an uncovered entry rewritten while the gateway runs: /readyz 503 at once, nothing signed over it', async () => {
    const dataDir = tempDir('nrm-fork-data-');
    const gateway = await start(dataDir, tempDir('nrm-fork-keys-'));
    await recordConsent(await astra(gateway, dataDir, tempDir('nrm-fork-state-')));
    const signed = gateway.ctx.log.signedSize;
    await recordUncovered(gateway, 2);
    expect((await readyz(gateway)).status).toBe(200);

    const db = new SQLite(join(dataDir, 'gateway.sqlite'));
    rewriteEntry(db, signed, (entry) => entry.replace('"policyVersion":1000', '"policyVersion":7'));
    db.close();

    const ready = await readyz(gateway);
    expect(ready.status).toBe(503);
    expect(ready.body['error']).toMatchObject({ code: 'LOG_NOT_VERIFIED' });
    expect(ready.body['error'].message).toMatch(/tree in memory/);
    await expect(gateway.ctx.log.signedTreeHead()).rejects.toMatchObject({
      code: 'LOG_NOT_VERIFIED',
    });
  });

  it('entries rewritten after the newest head left in the table: the SDK holding its receipt reports FORK_DETECTED, /readyz 503', async () => {
    const dataDir = tempDir('nrm-fork-data-');
    const keyDir = tempDir('nrm-fork-keys-');
    const stateDir = tempDir('nrm-fork-state-');
    let gateway = await start(dataDir, keyDir);
    const sent = await recordConsent(await astra(gateway, dataDir, stateDir));
    const proven = sent.receipt.log!.entries.map((e) => e.index);
    await recordUncovered(gateway, 3);
    await stop(gateway); // signs a last checkpoint over the uncovered entries

    // Drop every head that covers ASTRA's entries, then rewrite them with recomputed hashes.
    const db = new SQLite(join(dataDir, 'gateway.sqlite'));
    const first = Math.min(...proven);
    db.prepare('delete from transparency_tree_heads where tree_size > ?').run(first);
    for (const seq of proven) {
      rewriteEntry(db, seq, (entry) => entry.replace('"rs.cptv"', '"rs.atina"'));
    }
    db.close();

    gateway = await start(dataDir, keyDir);
    const ready = await readyz(gateway);
    expect(ready.status).toBe(503);
    expect(ready.body['error']).toMatchObject({ code: 'LOG_NOT_VERIFIED' });
    await forkOf((await astra(gateway, dataDir, stateDir)).checkLog());
  });

  it('the heads table emptied and history rewritten: FORK_DETECTED for the SDK, /readyz 503', async () => {
    const dataDir = tempDir('nrm-fork-data-');
    const keyDir = tempDir('nrm-fork-keys-');
    const stateDir = tempDir('nrm-fork-state-');
    let gateway = await start(dataDir, keyDir);
    const sent = await recordConsent(await astra(gateway, dataDir, stateDir));
    await recordUncovered(gateway, 1);
    const before = await cliWitness(gateway, dataDir);
    expect(before.out).toMatch(
      /^checkpoint nrm-gateway.local\/log size \d+ root [0-9a-f]{64}: consistent/,
    );
    expect(before.code).toBe(0);
    await stop(gateway);

    const db = new SQLite(join(dataDir, 'gateway.sqlite'));
    db.prepare('delete from transparency_tree_heads').run();
    rewriteEntry(db, sent.receipt.log!.entries[0]!.index, (entry) =>
      entry.replace('"identification"', '"assistance"'),
    );
    db.close();

    gateway = await start(dataDir, keyDir);
    const ready = await readyz(gateway);
    expect(ready.status).toBe(503);
    expect(ready.body['error'].message).toMatch(/not verified/);
    await forkOf((await astra(gateway, dataDir, stateDir)).checkLog());
    const after = await cliWitness(gateway, dataDir);
    expect(after.err).toMatch(/FORK_DETECTED/);
    expect(after.code).toBe(1);
    // The damaged log is still exported as stored, for the auditor: no head signed over it.
    const exported = await gateway.ctx.log.export();
    expect(exported).not.toMatch(/"type":"tree-head"/);
    // Nothing new is accepted over the damaged log: no receipt, no checkpoint.
    await expect(recordConsent(await astra(gateway, dataDir, stateDir))).rejects.toMatchObject({
      code: 'LOG_NOT_VERIFIED',
    });
  });

  it('with the gateway’s own checkpoint deleted too (database and key folder): it signs the forged history, and the agency’s witness catches it', async () => {
    const dataDir = tempDir('nrm-fork-data-');
    const keyDir = tempDir('nrm-fork-keys-');
    const stateDir = tempDir('nrm-fork-state-');
    let gateway = await start(dataDir, keyDir);
    const sent = await recordConsent(await astra(gateway, dataDir, stateDir));
    await stop(gateway);

    const db = new SQLite(join(dataDir, 'gateway.sqlite'));
    db.prepare('delete from transparency_tree_heads').run();
    rewriteEntry(db, sent.receipt.log!.entries[0]!.index, (entry) =>
      entry.replace('"identification"', '"assistance"'),
    );
    db.close();
    unlinkSync(join(keyDir, 'log-checkpoint.txt'));

    gateway = await start(dataDir, keyDir);
    // The gateway itself has no evidence left: it reports ready and signs what is stored.
    expect((await readyz(gateway)).status).toBe(200);
    await forkOf((await astra(gateway, dataDir, stateDir)).checkLog());
  });

  it('a replaced own checkpoint file: the gateway starts and reports the log not verified', async () => {
    const dataDir = tempDir('nrm-fork-data-');
    const keyDir = tempDir('nrm-fork-keys-');
    let gateway = await start(dataDir, keyDir);
    await gateway.ctx.log.signedTreeHead();
    await stop(gateway);
    writeFileSync(join(keyDir, 'log-checkpoint.txt'), 'somewhere.else/log\n1\nAAAA\n\n— x y\n');
    gateway = await start(dataDir, keyDir);
    const ready = await readyz(gateway);
    expect(ready.status).toBe(503);
    expect(ready.body['error'].message).toMatch(/own checkpoint file is not its own/);
  });

  it('an honest restart is consistent with what the agency holds', async () => {
    const dataDir = tempDir('nrm-fork-data-');
    const keyDir = tempDir('nrm-fork-keys-');
    const stateDir = tempDir('nrm-fork-state-');
    let gateway = await start(dataDir, keyDir);
    const sent = await recordConsent(await astra(gateway, dataDir, stateDir));
    await recordUncovered(gateway, 2);
    await stop(gateway);
    gateway = await start(dataDir, keyDir);
    expect((await readyz(gateway)).body).toMatchObject({
      status: 'ready',
      log: { verified: true },
    });
    const seen = await (await astra(gateway, dataDir, stateDir)).checkLog();
    expect(seen.treeSize).toBeGreaterThan(
      Math.max(...sent.receipt.log!.entries.map((e) => e.index)),
    );
  });
});
