import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from '../crypto/__fixtures__/agency-keys.js';
import { sha256Digest } from '../crypto/index.js';
import { FakeGateway } from './__fixtures__/fake-gateway.js';
import { noteSchemas } from './__fixtures__/note-schemas.js';
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
      client(police, 'tok-police').send({ ...request, to: ['rs.astra'] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
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

  it('a payload that does not match the envelope digest is yielded as DIGEST_MISMATCH and never acknowledged', async () => {
    const sent = await client(police, 'tok-police').send(request);
    const stored = gateway.messages.get(sent.id)!;
    const other = await client(police, 'tok-police').send({
      ...request,
      payload: { text: 'another' },
    });
    stored.payload = gateway.messages.get(other.id)!.payload;
    const items = await drain(client(cptv, 'tok-cptv').inbox());
    expect(items.find((item) => !item.ok)).toMatchObject({
      ok: false,
      id: sent.id,
      error: { code: 'DIGEST_MISMATCH' },
    });
    expect(gateway.messages.get(sent.id)!.acknowledgedBy.size).toBe(0);
  });
});
