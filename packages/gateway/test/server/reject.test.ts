import { DEFAULT_RETENTION_POLICY } from '@nrm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepRetention } from '../../src/retention/retention-sweep.js';
import {
  acknowledgeAs,
  call,
  envelopeFor,
  randomPayload,
  startTestGateway,
  submit,
  uuidv7,
  type Json,
  type TestAgency,
  type TestGateway,
} from './harness.js';

// POST /v1/messages/:id/reject: a recipient refuses what failed its checks, so a bad message
// cannot block the inbox (oldest first) and the sender learns why.

let t: TestGateway;
let police: TestAgency;
let cptv: TestAgency;
let astra: TestAgency;

async function sendToCptv(to = ['rs.cptv']) {
  const payload = randomPayload();
  const sent = await submit(t, police, envelopeFor(police, to, payload), payload);
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  return { id: sent.body.id as string, envelopeBytes: sent.envelopeBytes };
}

const reject = (agency: TestAgency, id: string, body: unknown) =>
  call(t, 'POST', `/v1/messages/${id}/reject`, agency.token, body);

const inboxIds = async (limit: number) =>
  (
    (await call(t, 'GET', `/v1/inbox?limit=${String(limit)}`, cptv.token)).body.messages as Json[]
  ).map((m) => m.id as string);

beforeAll(async () => {
  t = await startTestGateway();
  police = await t.agency('rs.police.belgrade-thb');
  cptv = await t.agency('rs.cptv');
  astra = await t.agency('rs.astra');
});
afterAll(() => t.close());

describe('POST /v1/messages/:id/reject', () => {
  it('rejects: the sender sees the code, the inbox moves on, the log and the metric record it', async () => {
    const bad = await sendToCptv(['rs.cptv', 'rs.prosecutor.belgrade']);
    const good = await sendToCptv();
    expect(await inboxIds(1)).toEqual([bad.id]);

    const rejected = await reject(cptv, bad.id, {
      code: 'DIGEST_MISMATCH',
      reason: 'The payload digest does not match the payload.',
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body).toMatchObject({
      id: bad.id,
      recipient: 'rs.cptv',
      status: 'rejected',
      code: 'DIGEST_MISMATCH',
    });
    // Signed by the gateway: receipt v2 of the rejection, proving its delivery-rejected entry.
    const gatewayReceipt = JSON.parse(
      Buffer.from(rejected.body.receipt.receipt, 'base64').toString('utf8'),
    );
    expect(gatewayReceipt).toMatchObject({
      version: 2,
      by: 'gateway',
      status: 'rejected',
      recipient: 'rs.cptv',
      rejection: { code: 'DIGEST_MISMATCH' },
    });
    expect(JSON.parse(gatewayReceipt.log.entries[0].leaf)).toMatchObject({
      kind: 'delivery-rejected',
      reason: 'DIGEST_MISMATCH',
    });
    // Never re-served: the next pull with limit 1 reaches the newer message.
    expect(await inboxIds(1)).toEqual([good.id]);

    const status = await call(t, 'GET', `/v1/messages/${bad.id}/status`, police.token);
    const byAgency = new Map((status.body.recipients as Json[]).map((r) => [r.agency, r]));
    expect(byAgency.get('rs.cptv')).toMatchObject({
      status: 'rejected',
      rejectionCode: 'DIGEST_MISMATCH',
      reason: 'The payload digest does not match the payload.',
    });
    expect(byAgency.get('rs.cptv').rejectedAt).toBeTypeOf('string');
    // Only the rejecting recipient's delivery changes.
    expect(byAgency.get('rs.prosecutor.belgrade').status).toBe('accepted');

    const leaves = await t.gw.ctx.log.leaves();
    const logged = leaves.filter((l) => l.kind === 'delivery-rejected');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      messageId: bad.id,
      to: 'rs.cptv',
      reason: 'DIGEST_MISMATCH',
    });
    // The free-text reason stays out of the pseudonymous log.
    expect(JSON.stringify(logged[0])).not.toContain('does not match');

    const metrics = { text: await (await fetch(`${t.url}/metrics`)).text() };
    expect(metrics.text).toMatch(/nrm_rejections_total\{code="DIGEST_MISMATCH"\} 1\b/);
    expect(metrics.text).toMatch(/nrm_deliveries_total\{outcome="rejected"\} 1\b/);

    // Repeating answers the first rejection, and is neither logged nor counted again.
    const again = await reject(cptv, bad.id, { code: 'SCHEMA_INVALID', reason: 'again' });
    expect(again.status).toBe(200);
    expect(again.body.code).toBe('DIGEST_MISMATCH');
    expect(
      (await t.gw.ctx.log.leaves()).filter((l) => l.kind === 'delivery-rejected'),
    ).toHaveLength(1);

    // A rejected message cannot then be acknowledged.
    const ack = await acknowledgeAs(t, cptv, bad.id, bad.envelopeBytes);
    expect(ack.status).toBe(403);
    expect(ack.body.error.code).toBe('FORBIDDEN');
    expect((await acknowledgeAs(t, cptv, good.id, good.envelopeBytes)).status).toBe(200);
  });

  it('a rejected ciphertext is kept as evidence like a withheld one, then the retention sweep deletes it', async () => {
    const sent = await sendToCptv();
    expect((await reject(cptv, sent.id, { code: 'SCHEMA_INVALID', reason: 'x' })).status).toBe(200);
    const day = 86_400_000;
    const sweep = (days: number) =>
      sweepRetention(t.gw.ctx.store, DEFAULT_RETENTION_POLICY, new Date(Date.now() + days * day));
    // Past the message's expiry (30 days) but inside the evidence period (90 days): kept.
    expect(await sweep(31)).not.toContain(sent.id);
    expect(await sweep(91)).toContain(sent.id);
  });

  it('rejections sent at once all answer the one that was stored; it is logged once', async () => {
    const sent = await sendToCptv();
    const answers = await Promise.all(
      ['DIGEST_MISMATCH', 'DIGEST_MISMATCH', 'DIGEST_MISMATCH'].map((code) =>
        reject(cptv, sent.id, { code, reason: 'at once' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.code as string))).toEqual(
      new Set(['DIGEST_MISMATCH']),
    );
    const logged = (await t.gw.ctx.log.leaves()).filter(
      (leaf) => leaf.kind === 'delivery-rejected' && leaf.messageId === sent.id,
    );
    expect(logged).toHaveLength(1);
  });

  it('sweeps running at once (one per process) delete each ciphertext once and log it once', async () => {
    const sent = await sendToCptv();
    expect((await reject(cptv, sent.id, { code: 'SCHEMA_INVALID', reason: 'x' })).status).toBe(200);
    const at = new Date(Date.now() + 200 * 86_400_000);
    const sweeps = await Promise.all(
      [0, 1, 2].map(() => sweepRetention(t.gw.ctx.store, DEFAULT_RETENTION_POLICY, at)),
    );
    expect(sweeps.flat().filter((id) => id === sent.id)).toEqual([sent.id]);
    const logged = (await t.gw.ctx.log.leaves()).filter(
      (leaf) => leaf.kind === 'retention-sweep' && (leaf.messageIds ?? []).includes(sent.id),
    );
    expect(logged).toHaveLength(1);
  });

  it("another agency's message answers exactly like an unknown id (404, no existence leak)", async () => {
    const { id } = await sendToCptv();
    const notMine = await reject(astra, id, { code: 'SIGNATURE_INVALID', reason: 'not mine' });
    const unknown = await reject(astra, uuidv7(), { code: 'SIGNATURE_INVALID', reason: 'x' });
    expect(notMine.status).toBe(404);
    expect(notMine.body).toEqual(unknown.body);
    expect(notMine.body.error.code).toBe('NOT_FOUND');
    // The sender is not a recipient either.
    const sender = await reject(police, id, { code: 'SIGNATURE_INVALID', reason: 'mine' });
    expect(sender.status).toBe(404);
    expect(sender.body).toEqual(unknown.body);
    const status = await call(t, 'GET', `/v1/messages/${id}/status`, police.token);
    expect(status.body.recipients[0].status).toBe('accepted');
  });

  it('NOT_FOUND for an unknown message id', async () => {
    const result = await reject(cptv, uuidv7(), { code: 'DIGEST_MISMATCH', reason: 'x' });
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe('NOT_FOUND');
  });

  it('409 ALREADY_ACKNOWLEDGED once the recipient acknowledged it', async () => {
    const sent = await sendToCptv();
    expect((await acknowledgeAs(t, cptv, sent.id, sent.envelopeBytes)).status).toBe(200);
    const result = await reject(cptv, sent.id, { code: 'DIGEST_MISMATCH', reason: 'late' });
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('ALREADY_ACKNOWLEDGED');
    const status = await call(t, 'GET', `/v1/messages/${sent.id}/status`, police.token);
    expect(status.body.recipients[0].status).toBe('acknowledged');
  });

  it.each([
    ['an unknown code', { code: 'I_DONT_LIKE_IT', reason: 'x' }, 'code'],
    ['a transient code', { code: 'RATE_LIMITED', reason: 'x' }, 'code'],
    ['no code', { reason: 'x' }, 'code'],
    ['no reason', { code: 'DIGEST_MISMATCH' }, 'reason'],
    ['a blank reason', { code: 'DIGEST_MISMATCH', reason: '   ' }, 'reason'],
    ['a too long reason', { code: 'DIGEST_MISMATCH', reason: 'x'.repeat(1001) }, 'reason'],
  ])('SCHEMA_INVALID with its path for %s', async (_name, body, path) => {
    const { id } = await sendToCptv();
    const result = await reject(cptv, id, body);
    expect(result.status).toBe(422);
    expect(result.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path });
  });

  it('SCHEMA_INVALID for an unexpected field, and for a malformed id', async () => {
    const { id } = await sendToCptv();
    const extra = await reject(cptv, id, { code: 'DIGEST_MISMATCH', reason: 'x', signed: true });
    expect(extra.status).toBe(422);
    expect(extra.body.error.code).toBe('SCHEMA_INVALID');
    const longId = await reject(cptv, 'x'.repeat(65), { code: 'DIGEST_MISMATCH', reason: 'x' });
    expect(longId.status).toBe(422);
    expect(longId.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'params.id' });
  });
});
