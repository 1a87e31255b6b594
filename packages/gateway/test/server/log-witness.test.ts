import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { readPrivateKey } from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDetached } from '@nrm/client/crypto';
import { checkpointScheduleFromEnv } from '../../src/server/checkpoint-config.js';
import { startGateway } from '../../src/server/start-gateway.js';
import { openCheckpoint, parseVerifierKey } from '@nrm/client/transparency';
import {
  call,
  envelopeFor,
  randomPayload,
  sha256,
  startTestGateway,
  submit,
  type TestAgency,
  type TestGateway,
} from './harness.js';

// The log's witness interface (checkpoint, note key, consistency), signed rejections, the
// checkpoint schedule and the key folder, through a real gateway.

let t: TestGateway;
let police: TestAgency;
let cptv: TestAgency;
let astra: TestAgency;

beforeAll(async () => {
  t = await startTestGateway({ checkpoints: { everyEntries: 3, everyMs: 3_600_000 } });
  police = await t.agency('rs.police.belgrade-thb');
  cptv = await t.agency('rs.cptv');
  astra = await t.agency('rs.astra');
});
afterAll(() => t.close());

async function sendToCptv() {
  const payload = randomPayload();
  const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  return { id: sent.body.id as string, envelopeBytes: sent.envelopeBytes };
}

/** A rejection receipt v2 as `by` signs it. */
async function signedRejection(
  by: TestAgency,
  id: string,
  envelopeBytes: Uint8Array,
  code: string,
  signer = by.key,
) {
  const bytes = new TextEncoder().encode(
    JSON.stringify({
      type: 'nrm.receipt',
      version: 2,
      messageId: id,
      envelopeDigest: sha256(envelopeBytes),
      by: by.id,
      status: 'rejected',
      rejection: { code },
      at: new Date().toISOString(),
    }),
  );
  return {
    receipt: Buffer.from(bytes).toString('base64'),
    receiptSignature: await signDetached(bytes, signer, new Date()),
  };
}

describe('the public witness interface', () => {
  it('serves the newest checkpoint as a signed note under the published note key, without credentials', async () => {
    await sendToCptv();
    const key = await call(t, 'GET', '/v1/log/note-key', undefined);
    expect(key.body.origin).toBe('nrm-gateway.local/log');
    const response = await fetch(`${t.url}/v1/log/checkpoint`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const checkpoint = openCheckpoint(
      await response.text(),
      parseVerifierKey(key.body.verifierKey),
      key.body.origin,
    );
    expect(checkpoint.treeSize).toBe(await t.gw.ctx.log.currentSize());
  });

  it('consistency proofs: BAD_REQUEST (400) for sizes outside the tree, SCHEMA_INVALID for non-numbers', async () => {
    const size = await t.gw.ctx.log.currentSize();
    const ok = await call(
      t,
      'GET',
      `/v1/log/checkpoint/consistency?oldSize=1&newSize=${size}`,
      undefined,
    );
    expect(ok.body).toMatchObject({ oldSize: 1, newSize: size });
    const beyond = await call(
      t,
      'GET',
      `/v1/log/checkpoint/consistency?oldSize=1&newSize=${size + 5}`,
      undefined,
    );
    expect(beyond.status).toBe(400);
    expect(beyond.body.error).toMatchObject({ code: 'BAD_REQUEST', path: 'treeSize' });
    const inverted = await call(
      t,
      'GET',
      `/v1/log/checkpoint/consistency?oldSize=${size}&newSize=1`,
      undefined,
    );
    expect(inverted.body.error).toMatchObject({ code: 'BAD_REQUEST', path: 'oldSize' });
    const text = await call(
      t,
      'GET',
      '/v1/log/checkpoint/consistency?oldSize=x&newSize=1',
      undefined,
    );
    expect(text.status).toBe(422);
    expect(text.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'query.oldSize' });
  });

  it('signs a checkpoint by itself once the configured number of entries is uncovered', async () => {
    await t.gw.checkpoints.tick();
    const before = t.gw.ctx.log.signedSize;
    expect(await t.gw.ctx.log.currentSize()).toBe(before);
    for (let i = 0; i < 3; i++) {
      await t.gw.ctx.log.record([
        {
          kind: 'policy-changed',
          at: new Date().toISOString(),
          policy: 'schedule.test',
          policyVersion: 500 + i,
          digest: 'cd'.repeat(32),
        },
      ]);
      await t.gw.checkpoints.tick();
      expect(t.gw.ctx.log.signedSize).toBe(i < 2 ? before : before + 3);
    }
  });
});

describe('heads signed by time and at shutdown', () => {
  const policyChange = (version: number) => ({
    kind: 'policy-changed' as const,
    at: new Date().toISOString(),
    policy: 'schedule.test',
    policyVersion: version,
    digest: 'ef'.repeat(32),
  });

  it('signs once the period has passed since the first uncovered entry', async () => {
    await using timed = await startTestGateway({
      checkpoints: { everyEntries: 1_000, everyMs: 50 },
    });
    // Startup's own entries (policy, keys) are signed within the period without any receipt.
    const size = await timed.gw.ctx.log.currentSize();
    await expect.poll(() => timed.gw.ctx.log.signedSize, { timeout: 5_000 }).toBe(size);
    await timed.gw.ctx.log.record([policyChange(1)]);
    await expect.poll(() => timed.gw.ctx.log.signedSize, { timeout: 5_000 }).toBe(size + 1);
  });

  it('signs a last head over every uncovered entry when it shuts down', async () => {
    const gateway = await startTestGateway({
      checkpoints: { everyEntries: 1_000, everyMs: 3_600_000 },
    });
    try {
      await gateway.gw.ctx.log.record([policyChange(2), policyChange(3)]);
      await gateway.gw.close();
      const db = new SQLite(join(gateway.dataDir, 'gateway.sqlite'));
      const entries = db.prepare('select count(*) as n from transparency_log').get() as {
        n: number;
      };
      const head = db.prepare('select max(tree_size) as n from transparency_tree_heads').get() as {
        n: number;
      };
      db.close();
      expect(head.n).toBe(entries.n);
    } finally {
      rmSync(gateway.dataDir, { recursive: true, force: true });
    }
  });
});

describe('signed rejections', () => {
  it('are verified, kept, and answered with the gateway’s receipt v2', async () => {
    const { id, envelopeBytes } = await sendToCptv();
    const signed = await signedRejection(cptv, id, envelopeBytes, 'DIGEST_MISMATCH');
    const answer = await call(t, 'POST', `/v1/messages/${id}/reject`, cptv.token, {
      code: 'DIGEST_MISMATCH',
      reason: 'The payload digest does not match the payload.',
      ...signed,
    });
    expect(answer.status, answer.text).toBe(200);
    const row = await t.gw.db
      .selectFrom('deliveries')
      .select(['receipt', 'receipt_signature'])
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.receipt!).toString('base64')).toBe(signed.receipt);
    expect(row.receipt_signature).toBe(signed.receiptSignature);
  });

  it('SCHEMA_INVALID when the signature part is missing or the receipt states another code', async () => {
    const { id, envelopeBytes } = await sendToCptv();
    const signed = await signedRejection(cptv, id, envelopeBytes, 'SIGNATURE_INVALID');
    const half = await call(t, 'POST', `/v1/messages/${id}/reject`, cptv.token, {
      code: 'SIGNATURE_INVALID',
      reason: 'x',
      receipt: signed.receipt,
    });
    expect(half.status).toBe(422);
    expect(half.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'receiptSignature' });
    const otherCode = await call(t, 'POST', `/v1/messages/${id}/reject`, cptv.token, {
      code: 'DIGEST_MISMATCH',
      reason: 'x',
      ...signed,
    });
    expect(otherCode.status).toBe(422);
    expect(otherCode.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'receipt' });
  });

  it('SIGNATURE_INVALID when signed by another agency’s key; DIGEST_MISMATCH for other envelope bytes', async () => {
    const { id, envelopeBytes } = await sendToCptv();
    const forged = await signedRejection(cptv, id, envelopeBytes, 'DIGEST_MISMATCH', astra.key);
    const answer = await call(t, 'POST', `/v1/messages/${id}/reject`, cptv.token, {
      code: 'DIGEST_MISMATCH',
      reason: 'x',
      ...forged,
    });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({
      code: 'SIGNATURE_INVALID',
      path: 'receiptSignature',
    });
    const other = await signedRejection(cptv, id, new Uint8Array([1]), 'DIGEST_MISMATCH');
    const digest = await call(t, 'POST', `/v1/messages/${id}/reject`, cptv.token, {
      code: 'DIGEST_MISMATCH',
      reason: 'x',
      ...other,
    });
    expect(digest.status).toBe(422);
    expect(digest.body.error).toMatchObject({
      code: 'DIGEST_MISMATCH',
      path: 'receipt.envelopeDigest',
    });
  });
});

describe('keys outside the data folder, under a passphrase', () => {
  it('encrypts both keys, and refuses to start without the passphrase', async () => {
    const gateway = await startTestGateway({ keyPassphrase: 'correct horse battery staple' });
    const dataDir = gateway.dataDir;
    await gateway.gw.close();
    const note = readFileSync(join(dataDir, 'gateway-note-key.pem'), 'utf8');
    expect(note).toMatch(/BEGIN ENCRYPTED PRIVATE KEY/);
    const openpgpKey = await readPrivateKey({
      armoredKey: readFileSync(join(dataDir, 'gateway-key.asc'), 'utf8'),
    });
    expect(openpgpKey.isDecrypted()).toBe(false);
    try {
      await expect(
        startGateway({ dataDir, port: 0, seed: false, server: { logger: false } }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/locked/) as unknown,
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps keys and the own checkpoint in the key folder, none of them in the data folder', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'nrm-gw-keys-'));
    const gateway = await startTestGateway({ keyDir });
    try {
      await gateway.gw.ctx.log.signedTreeHead();
      for (const file of ['gateway-key.asc', 'gateway-note-key.pem', 'log-checkpoint.txt']) {
        expect(existsSync(join(keyDir, file))).toBe(true);
        expect(existsSync(join(gateway.dataDir, file))).toBe(false);
      }
    } finally {
      await gateway.close();
      rmSync(keyDir, { recursive: true, force: true });
    }
  });

  it('reads the schedule from the environment; BAD_REQUEST naming the variable otherwise', () => {
    expect(
      checkpointScheduleFromEnv({
        NRM_CHECKPOINT_EVERY_ENTRIES: '5',
        NRM_CHECKPOINT_EVERY_SECONDS: '2',
      }),
    ).toEqual({ everyEntries: 5, everyMs: 2000 });
    expect(() => checkpointScheduleFromEnv({ NRM_CHECKPOINT_EVERY_SECONDS: '0' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', path: 'NRM_CHECKPOINT_EVERY_SECONDS' }),
    );
  });
});
