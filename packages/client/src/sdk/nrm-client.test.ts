import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from '../crypto/__fixtures__/agency-keys.js';
import { sha256Digest } from '../crypto/index.js';
import { FakeGateway } from './__fixtures__/fake-gateway.js';
import { noteSchemas } from './__fixtures__/note-schemas.js';
import { HandedOverLog } from './handed-over-log.js';
import { NrmClient, type InboxItem, type SendRequest } from './nrm-client.js';

let police: TestAgencyKey;
let cptv: TestAgencyKey;
let csw: TestAgencyKey;
let gatewayKey: TestAgencyKey;
let gateway: FakeGateway;
const dirs: string[] = [];
let clock = AT;
const now = (): Date => clock;

beforeAll(async () => {
  [police, cptv, csw, gatewayKey] = await Promise.all([
    testAgencyKey('rs.police.belgrade-thb'),
    testAgencyKey('rs.cptv'),
    testAgencyKey('rs.csw.belgrade'),
    testAgencyKey('gateway'),
  ]);
});

beforeEach(async () => {
  clock = new Date(AT.getTime() + 60_000);
  gateway = await new FakeGateway(
    gatewayKey,
    new Map([
      ['rs.police.belgrade-thb', { token: 'tok-police', key: police }],
      ['rs.cptv', { token: 'tok-cptv', key: cptv }],
      ['rs.csw.belgrade', { token: 'tok-csw', key: csw }],
    ]),
    now,
  ).start();
});

afterEach(async () => {
  await gateway.close();
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function client(agency: TestAgencyKey, token: string, stateDir?: string): NrmClient {
  const dir = stateDir ?? mkdtempSync(join(tmpdir(), 'nrm-sdk-'));
  dirs.push(dir);
  return new NrmClient({
    gatewayUrl: gateway.url,
    token,
    agencyId: agency.agencyId,
    privateKey: agency.private,
    stateDir: dir,
    schemas: noteSchemas,
    now,
  });
}

const request: SendRequest = {
  type: 'nrm.test-note',
  version: 1,
  payload: { text: 'presumed victim, 16, needs shelter', health: 'injured hand' },
  to: ['rs.cptv', 'rs.csw.belgrade'],
  subject: 'sub_AbCdEf0123456789',
  purpose: 'identification',
  legalBasis: 'legal-obligation',
  subjectIsChild: true,
  area: 'RS-BG-11',
};

async function drain(items: AsyncIterable<InboxItem>): Promise<InboxItem[]> {
  const all: InboxItem[] = [];
  for await (const item of items) {
    all.push(item);
  }
  return all;
}

describe('NrmClient.send', () => {
  it('builds a signed envelope with a UUIDv7 id, derived categories and the ciphertext digest, and verifies the gateway receipt', async () => {
    const sent = await client(police, 'tok-police').send(request);
    expect(sent.status).toBe('accepted');
    expect(sent.envelope.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(sent.envelope).toMatchObject({
      from: 'rs.police.belgrade-thb',
      to: ['rs.cptv', 'rs.csw.belgrade'],
      dataCategories: ['process', 'health'],
      consentRefs: [],
      createdAt: clock.toISOString(),
      expiresAt: new Date(clock.getTime() + 30 * 86_400_000).toISOString(),
      senderKey: police.fingerprint,
    });
    const stored = gateway.messages.get(sent.id)!;
    expect(sent.envelope.payloadDigest).toBe(sha256Digest(Buffer.from(stored.payload, 'base64')));
    expect(sent.receipt).toMatchObject({ messageId: sent.id, status: 'accepted', by: 'gateway' });
  });

  it('verifies a receipt the gateway signed seconds after the submission started', async () => {
    // Regression: the receipt was checked as of the start of send(), before it was signed.
    // The gateway's clock (shared `clock`) is 5 s ahead of the client's first reading.
    let ticks = 0;
    clock = new Date(AT.getTime() + 65_000);
    const ticking = new NrmClient({
      gatewayUrl: gateway.url,
      token: 'tok-police',
      agencyId: police.agencyId,
      privateKey: police.private,
      stateDir: mkdtempSync(join(tmpdir(), 'nrm-sdk-')),
      schemas: noteSchemas,
      now: () => (ticks++ === 0 ? new Date(AT.getTime() + 60_000) : clock),
    });
    await expect(ticking.send(request)).resolves.toMatchObject({ status: 'accepted' });
  });

  it('sends a consent scope in clear, signed by the sender, alongside the sealed payload', async () => {
    const scope = {
      id: '0190d5b4-7f3a-7c3e-9b1a-2f4e5d6c7b8a',
      subject: request.subject,
      purposes: ['assistance'],
    };
    const sent = await client(police, 'tok-police').send({ ...request, consentScope: scope });
    expect(gateway.messages.get(sent.id)!.consentScope).toEqual(scope);
  });

  it('refuses an invalid payload before anything is sent', async () => {
    await expect(
      client(police, 'tok-police').send({ ...request, payload: { txt: 'typo' } }),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID' });
    await expect(
      client(police, 'tok-police').send({ ...request, type: 'nrm.nothing' }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_TYPE' });
    expect(gateway.messages.size).toBe(0);
  });

  it('refuses a recipient the gateway does not know, before sealing', async () => {
    await expect(
      client(police, 'tok-police').send({ ...request, to: ['rs.cptv', 'rs.astra'] }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      path: 'to.1',
      message: expect.stringMatching(/^Recipient rs\.astra: /) as unknown,
    });
  });

  it('refuses an acceptance receipt that does not confirm the envelope', async () => {
    gateway.forgeReceipts = true;
    await expect(client(police, 'tok-police').send(request)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
      path: 'receipt',
    });
  });

  it('surfaces the gateway error for a token that is not valid', async () => {
    await expect(client(police, 'wrong').send(request)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
  });
});

describe('NrmClient.inbox', () => {
  it('every recipient opens, verifies, upgrades and acknowledges; the sender sees acknowledged', async () => {
    const sender = client(police, 'tok-police');
    const sent = await sender.send(request);
    for (const [key, token] of [
      [cptv, 'tok-cptv'],
      [csw, 'tok-csw'],
    ] as const) {
      const items = await drain(client(key, token).inbox());
      expect(items).toHaveLength(1);
      const item = items[0]!;
      expect(item.ok).toBe(true);
      if (item.ok) {
        expect(item.message).toMatchObject({
          id: sent.id,
          payload: { body: 'presumed victim, 16, needs shelter', health: 'injured hand' },
          payloadVersion: 2,
          signerFingerprint: police.fingerprint,
        });
      }
    }
    expect((await sender.status(sent.id)).recipients.map((r) => r.status)).toEqual([
      'acknowledged',
      'acknowledged',
    ]);
  });

  it('drops a redelivered id already handed over (also after a restart) and re-acknowledges it', async () => {
    await client(police, 'tok-police').send(request);
    const stateDir = mkdtempSync(join(tmpdir(), 'nrm-sdk-'));
    dirs.push(stateDir);
    expect(await drain(client(cptv, 'tok-cptv', stateDir).inbox())).toHaveLength(1);
    gateway.redeliverAll = true;
    const acksBefore = gateway.ackCount;
    expect(await drain(client(cptv, 'tok-cptv', stateDir).inbox())).toEqual([]);
    expect(gateway.ackCount).toBe(acksBefore + 1);
  });

  it('leaving the loop early leaves the message unacknowledged, so it comes again', async () => {
    await client(police, 'tok-police').send(request);
    const receiver = client(cptv, 'tok-cptv');
    for await (const item of receiver.inbox()) {
      expect(item.ok).toBe(true);
      break;
    }
    expect(await drain(receiver.inbox())).toHaveLength(1);
  });

  /** Send two messages to CPTV and give the first the other's ciphertext (digest mismatch). */
  async function tamperedThenGood() {
    const sender = client(police, 'tok-police');
    const bad = await sender.send(request);
    const good = await sender.send({ ...request, payload: { text: 'another' } });
    gateway.messages.get(bad.id)!.payload = gateway.messages.get(good.id)!.payload;
    return { bad, good };
  }

  it('a payload that does not match the envelope digest is yielded as DIGEST_MISMATCH, rejected on the gateway and never acknowledged', async () => {
    const { bad, good } = await tamperedThenGood();
    const items = await drain(client(cptv, 'tok-cptv').inbox({ limit: 1 }));
    expect(items[0]).toMatchObject({
      ok: false,
      id: bad.id,
      rejected: true,
      error: { code: 'DIGEST_MISMATCH' },
    });
    // With limit 1 the newer message still arrives: the rejected one is not served again.
    expect(items[1]).toMatchObject({ ok: true, message: { id: good.id } });
    expect(items).toHaveLength(2);
    const stored = gateway.messages.get(bad.id)!;
    expect(stored.acknowledgedBy.size).toBe(0);
    expect(stored.rejectedBy.get('rs.cptv')).toEqual({
      code: 'DIGEST_MISMATCH',
      reason: 'The payload digest does not match the payload.',
    });
    const status = await client(police, 'tok-police').status(bad.id);
    expect(status.recipients.find((r) => r.agency === 'rs.cptv')).toMatchObject({
      status: 'rejected',
      rejectionCode: 'DIGEST_MISMATCH',
    });
  });

  it('a rejection the gateway did not take is kept and finished (and yielded) at the next pull', async () => {
    const { bad, good } = await tamperedThenGood();
    const stateDir = mkdtempSync(join(tmpdir(), 'nrm-sdk-'));
    dirs.push(stateDir);
    gateway.failRejections = true;
    await expect(
      drain(client(cptv, 'tok-cptv', stateDir).inbox({ limit: 1 })),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
    // The crash point: recorded as pending with its code, the gateway never heard of it.
    const log = new HandedOverLog(stateDir);
    expect(log.outcome(bad.id)).toBe('reject-pending');
    expect(log.rejection(bad.id)).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect(gateway.messages.get(bad.id)!.rejectedBy.size).toBe(0);

    gateway.failRejections = false;
    const items = await drain(client(cptv, 'tok-cptv', stateDir).inbox({ limit: 1 }));
    expect(items.map((i) => (i.ok ? i.message.id : i.id))).toEqual([bad.id, good.id]);
    expect(items[0]).toMatchObject({
      ok: false,
      rejected: true,
      error: { code: 'DIGEST_MISMATCH' },
    });
    expect(gateway.messages.get(bad.id)!.rejectedBy.get('rs.cptv')?.code).toBe('DIGEST_MISMATCH');
    expect(new HandedOverLog(stateDir).outcome(bad.id)).toBe('rejected');
  });

  it('a message rejected locally by an older SDK is rejected on the gateway quietly, not yielded again', async () => {
    const { bad, good } = await tamperedThenGood();
    const stateDir = mkdtempSync(join(tmpdir(), 'nrm-sdk-'));
    dirs.push(stateDir);
    // What the SDK wrote before the gateway could take rejections: an outcome, no code.
    new HandedOverLog(stateDir).record(bad.id, 'rejected');
    const items = await drain(client(cptv, 'tok-cptv', stateDir).inbox({ limit: 1 }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: true, message: { id: good.id } });
    expect(gateway.messages.get(bad.id)!.rejectedBy.get('rs.cptv')?.code).toBe('DIGEST_MISMATCH');
  });

  it('a sender key rotated while the receiver still caches the old one is fetched again, not rejected', async () => {
    const receiver = client(cptv, 'tok-cptv');
    await client(police, 'tok-police').send(request);
    expect(await drain(receiver.inbox())).toMatchObject([{ ok: true }]);
    // Police rotates; the receiver's cached police keys (five minutes) are now stale.
    const rotated = await testAgencyKey('rs.police.belgrade-thb');
    gateway.replaceKey('rs.police.belgrade-thb', rotated);
    const sent = await client(rotated, 'tok-police').send(request);
    expect(await drain(receiver.inbox())).toMatchObject([{ ok: true, message: { id: sent.id } }]);
    expect(gateway.rejectCount).toBe(0);
  });

  it('a transient failure (the gateway answers 500 for the sender key) is yielded but not rejected; the message comes again', async () => {
    const sent = await client(police, 'tok-police').send(request);
    const receiver = client(cptv, 'tok-cptv');
    gateway.failKeysOf = 'rs.police.belgrade-thb';
    const items = await drain(receiver.inbox({ limit: 1 }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, id: sent.id, error: { code: 'INTERNAL' } });
    expect(items[0]).not.toHaveProperty('rejected');
    expect(gateway.rejectCount).toBe(0);
    gateway.failKeysOf = undefined;
    const later = await drain(client(cptv, 'tok-cptv').inbox({ limit: 1 }));
    expect(later).toMatchObject([{ ok: true, message: { id: sent.id } }]);
  });
});
