import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, readPublicKeys, seal, signDetached } from '@nrm/client/crypto';
import { ManualClock } from '../../src/registry/clock.js';
import {
  call,
  envelopeFor,
  randomPayload,
  sha256,
  startTestGateway,
  submit,
  subject,
  type Json,
  type TestAgency,
  type TestGateway,
} from './harness.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const ids = (messages: unknown): string[] => (messages as { id: string }[]).map((m) => m.id);

async function ack(
  t: TestGateway,
  recipient: TestAgency,
  id: string,
  envelopeBytes: Uint8Array,
  signer = recipient.key,
  digest = sha256(envelopeBytes),
) {
  const receipt = new TextEncoder().encode(
    JSON.stringify({
      type: 'nrm.receipt',
      version: 1,
      messageId: id,
      envelopeDigest: digest,
      by: recipient.id,
      status: 'acknowledged',
      at: new Date().toISOString(),
    }),
  );
  return call(t, 'POST', `/v1/messages/${id}/ack`, recipient.token, {
    receipt: b64(receipt),
    receiptSignature: await signDetached(receipt, signer, new Date()),
  });
}

async function recordConsent(
  t: TestGateway,
  controller: TestAgency,
  to: string[],
  scope: Record<string, unknown>,
) {
  const form = randomPayload();
  const id = scope['id'] as string;
  const result = await submit(
    t,
    controller,
    envelopeFor(controller, to, form, {
      type: 'nrm.consent-record',
      subject: scope['subject'],
      legalBasis: 'consent',
      consentRefs: [id],
      dataCategories: ['identity'],
      purpose: 'assistance',
    }),
    form,
    { consentScope: new TextEncoder().encode(JSON.stringify(scope)) },
  );
  expect(result.status, JSON.stringify(result.body)).toBe(202);
}

function scopeFor(
  controller: string,
  person: string,
  recipients: string[],
  extra: Record<string, unknown> = {},
) {
  return {
    id: crypto.randomUUID(),
    subject: person,
    controller,
    givenBy: 'self',
    recipients: recipients.map((agency) => ({ by: 'agency', agency })),
    purposes: ['assistance'],
    categories: ['identity', 'contact', 'assistance'],
    obtainedAt: new Date(Date.now() - 120_000).toISOString(),
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    language: 'sr',
    formVersion: 'atina-2026.1',
    ...extra,
  };
}

describe('inbox pull and acknowledgement', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it('a sealed message goes police → CPTV: pulled, opened, acknowledged with a verified receipt; the sender sees each step', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const plaintext = new TextEncoder().encode('{"referral":"…"}');
    const ciphertext = await seal(plaintext, await readPublicKeys(cptv.publicKey), police.key, {
      at: new Date(),
    });
    const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], ciphertext), ciphertext);
    expect(sent.status).toBe(202);
    const id = sent.body.id as string;
    expect(
      (await call(t, 'GET', `/v1/messages/${id}/status`, police.token)).body.recipients[0].status,
    ).toBe('accepted');

    const inbox = await call(t, 'GET', '/v1/inbox?limit=10', cptv.token);
    expect(inbox.status).toBe(200);
    const item = (inbox.body.messages as Json[]).find((m) => m.id === id);
    expect(item.envelope).toBe(b64(sent.envelopeBytes));
    const opened = await open(
      Buffer.from(item.payload, 'base64'),
      cptv.key,
      await readPublicKeys(police.publicKey),
      { at: new Date() },
    );
    expect(new TextDecoder().decode(opened.plaintext)).toBe('{"referral":"…"}');
    expect(
      (await call(t, 'GET', `/v1/messages/${id}/status`, police.token)).body.recipients[0].status,
    ).toBe('delivered');

    // Pulled but not acknowledged: still in the inbox (a crash between pull and ack loses nothing).
    const again = await call(t, 'GET', '/v1/inbox', cptv.token);
    expect((again.body.messages as Json[]).some((m) => m.id === id)).toBe(true);

    const acked = await ack(t, cptv, id, sent.envelopeBytes);
    expect(acked.status, acked.text).toBe(200);
    expect(acked.body).toMatchObject({ id, recipient: 'rs.cptv', status: 'acknowledged' });
    // The gateway's receipt v2 of the acknowledgement proves the disclosure entry in the log.
    const gatewayReceipt = JSON.parse(
      Buffer.from(acked.body.receipt.receipt, 'base64').toString('utf8'),
    );
    expect(gatewayReceipt).toMatchObject({
      version: 2,
      by: 'gateway',
      status: 'acknowledged',
      recipient: 'rs.cptv',
      messageId: id,
    });
    expect(JSON.parse(gatewayReceipt.log.entries[0].leaf)).toMatchObject({
      kind: 'disclosure-allowed',
      messageId: id,
      to: 'rs.cptv',
    });
    const status = await call(t, 'GET', `/v1/messages/${id}/status`, police.token);
    expect(status.body.recipients[0]).toMatchObject({ agency: 'rs.cptv', status: 'acknowledged' });
    expect(status.body.recipients[0].acknowledgedAt).toBeTypeOf('string');
    const after = await call(t, 'GET', '/v1/inbox', cptv.token);
    expect((after.body.messages as Json[]).some((m) => m.id === id)).toBe(false);
    // Acknowledging twice is harmless.
    expect((await ack(t, cptv, id, sent.envelopeBytes)).status).toBe(200);
  });

  it('refuses receipts that are forged, name other bytes, or come from a non-recipient', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const astra = await t.agency('rs.astra');
    const payload = randomPayload();
    const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
    const id = sent.body.id as string;
    const forged = await ack(t, cptv, id, sent.envelopeBytes, astra.key);
    expect(forged.body.error).toMatchObject({
      code: 'SIGNATURE_INVALID',
      path: 'receiptSignature',
    });
    const otherBytes = await ack(
      t,
      cptv,
      id,
      sent.envelopeBytes,
      cptv.key,
      sha256(new Uint8Array([1, 2, 3])),
    );
    expect(otherBytes.body.error).toMatchObject({
      code: 'DIGEST_MISMATCH',
      path: 'receipt.envelopeDigest',
    });
    const stranger = await ack(t, astra, id, sent.envelopeBytes);
    expect(stranger.body.error.code).toBe('NOT_FOUND');
    const malformed = await call(t, 'POST', `/v1/messages/${id}/ack`, cptv.token, {
      receipt: b64(new TextEncoder().encode('{}')),
      receiptSignature: 'x',
    });
    expect(malformed.body.error.code).toBe('SCHEMA_INVALID');
    // A stranger cannot read the status either; a recipient sees only its own row.
    expect((await call(t, 'GET', `/v1/messages/${id}/status`, astra.token)).status).toBe(404);
    const own = await call(t, 'GET', `/v1/messages/${id}/status`, cptv.token);
    expect((own.body.recipients as { agency: string }[]).map((r) => r.agency)).toEqual(['rs.cptv']);
  });

  it('a consent withdrawal withholds the waiting message; the CSW never receives it; the sender sees why (SCENARIOS S4)', async () => {
    const atina = await t.agency('rs.atina');
    const csw = await t.agency('rs.csw.belgrade');
    const person = subject(4);
    const scope = scopeFor('rs.atina', person, ['rs.csw.belgrade']);
    await recordConsent(t, atina, ['rs.csw.belgrade'], scope);
    // The consent record itself goes to the CSW; acknowledge it so only the referral waits.
    const pulled = await call(t, 'GET', '/v1/inbox', csw.token);
    for (const m of pulled.body.messages as Json[]) {
      expect((await ack(t, csw, m.id, Buffer.from(m.envelope, 'base64'))).status).toBe(200);
    }

    const payload = randomPayload();
    const referral = await submit(
      t,
      atina,
      envelopeFor(atina, ['rs.csw.belgrade'], payload, {
        type: 'nrm.service-referral',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity', 'assistance'],
      }),
      payload,
    );
    expect(referral.status, JSON.stringify(referral.body)).toBe(202);

    const withdrawal = randomPayload();
    const withdrawn = await submit(
      t,
      atina,
      envelopeFor(atina, ['rs.csw.belgrade'], withdrawal, {
        type: 'nrm.consent-withdrawal',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['process'],
      }),
      withdrawal,
    );
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(202);

    const status = await call(t, 'GET', `/v1/messages/${referral.body.id}/status`, atina.token);
    expect(status.body.recipients[0]).toMatchObject({
      agency: 'rs.csw.belgrade',
      status: 'withheld',
      reason: 'consent withdrawn',
    });
    const inbox = await call(t, 'GET', '/v1/inbox?limit=100', csw.token);
    expect(ids(inbox.body.messages)).not.toContain(referral.body.id);

    // After the withdrawal the consent covers nothing new.
    const late = randomPayload();
    const refused = await submit(
      t,
      atina,
      envelopeFor(atina, ['rs.csw.belgrade'], late, {
        type: 'nrm.service-referral',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity'],
      }),
      late,
    );
    expect(refused.body.error.code).toBe('CONSENT_MISSING');
    expect(refused.body.error.message).toContain('withdrawn');
  });

  it('only the controller may withdraw a consent, and only one that exists', async () => {
    const atina = await t.agency('rs.atina');
    const astra = await t.agency('rs.astra');
    const person = subject(5);
    const scope = scopeFor('rs.atina', person, ['rs.csw.belgrade']);
    await recordConsent(t, atina, ['rs.csw.belgrade'], scope);
    const payload = randomPayload();
    const foreign = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.csw.belgrade'], payload, {
        type: 'nrm.consent-withdrawal',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
      }),
      payload,
    );
    expect(foreign.body.error).toMatchObject({ code: 'FORBIDDEN', path: 'envelope.consentRefs.0' });
    const missing = await submit(
      t,
      atina,
      envelopeFor(atina, ['rs.csw.belgrade'], payload, {
        type: 'nrm.consent-withdrawal',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [crypto.randomUUID()],
        purpose: 'assistance',
      }),
      payload,
    );
    expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', path: 'envelope.consentRefs.0' });
  });
});

describe('expiry with a controlled clock', () => {
  const clock = new ManualClock(new Date());
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ clock });
  });
  afterAll(() => t.close());

  it('an undelivered message past expiresAt becomes expired and leaves the inbox', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const payload = randomPayload();
    const now = clock.now();
    const sent = await submit(
      t,
      police,
      envelopeFor(
        police,
        ['rs.cptv'],
        payload,
        { expiresAt: new Date(now.getTime() + 3600_000).toISOString() },
        now,
      ),
      payload,
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    clock.advance(2 * 3600_000);
    const inbox = await call(t, 'GET', '/v1/inbox', cptv.token);
    expect(ids(inbox.body.messages)).not.toContain(sent.body.id);
    const status = await call(t, 'GET', `/v1/messages/${sent.body.id}/status`, police.token);
    expect(status.body.recipients[0]).toMatchObject({
      status: 'expired',
      reason: 'message expired before delivery',
    });
  });

  it('a consent that runs out withholds what relied on it at delivery time', async () => {
    const atina = await t.agency('rs.atina');
    const csw = await t.agency('rs.csw.novi-sad');
    const now = clock.now();
    const person = subject(6);
    const scope = scopeFor('rs.atina', person, ['rs.csw.novi-sad'], {
      validFrom: new Date(now.getTime() - 60_000).toISOString(),
      validUntil: new Date(now.getTime() + 10 * 60_000).toISOString(),
    });
    const form = randomPayload();
    const record = await submit(
      t,
      atina,
      envelopeFor(
        atina,
        ['rs.csw.novi-sad'],
        form,
        {
          type: 'nrm.consent-record',
          subject: person,
          legalBasis: 'consent',
          consentRefs: [scope.id],
          dataCategories: ['identity'],
          purpose: 'assistance',
        },
        now,
      ),
      form,
      { consentScope: new TextEncoder().encode(JSON.stringify(scope)) },
    );
    expect(record.status, JSON.stringify(record.body)).toBe(202);
    const payload = randomPayload();
    const referral = await submit(
      t,
      atina,
      envelopeFor(
        atina,
        ['rs.csw.novi-sad'],
        payload,
        {
          type: 'nrm.service-referral',
          subject: person,
          legalBasis: 'consent',
          consentRefs: [scope.id],
          purpose: 'assistance',
          dataCategories: ['assistance'],
        },
        now,
      ),
      payload,
    );
    expect(referral.status, JSON.stringify(referral.body)).toBe(202);
    clock.advance(20 * 60_000);
    const inbox = await call(t, 'GET', '/v1/inbox', csw.token);
    expect(ids(inbox.body.messages)).not.toContain(referral.body.id);
    const status = await call(t, 'GET', `/v1/messages/${referral.body.id}/status`, atina.token);
    expect(status.body.recipients[0].status).toBe('withheld');
  });
});

describe('webhook push', () => {
  let t: TestGateway;
  let hook: Server;
  let hookUrl: string;
  const received: Json[] = [];
  let failuresLeft = 0;
  let alwaysFail = false;

  beforeAll(async () => {
    hook = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        if (alwaysFail || failuresLeft > 0) {
          failuresLeft -= 1;
          response.statusCode = 503;
          response.end();
          return;
        }
        received.push(JSON.parse(body));
        response.statusCode = 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/nrm`;
    t = await startTestGateway({
      webhook: { baseDelayMs: 20, maxDelayMs: 100, pollMs: 25, maxAttempts: 3 },
    });
    const register = await call(t, 'POST', '/trpc/agencies.register', t.adminToken('operator'), {
      agency: {
        id: 'rs.csw.nis',
        name: 'Centre for Social Work Niš',
        kind: 'csw',
        jurisdiction: 'RS',
        competentAreas: ['nis'],
      },
      webhookUrl: hookUrl,
    });
    expect(register.status, register.text).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => hook.close(resolve));
  });

  async function until(predicate: () => Promise<boolean>) {
    for (let i = 0; i < 200; i++) {
      if (await predicate()) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('condition not reached');
  }

  it('retries with backoff until the webhook answers 2xx', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    failuresLeft = 2;
    const payload = randomPayload();
    const sent = await submit(t, police, envelopeFor(police, ['rs.csw.nis'], payload), payload);
    expect(sent.status).toBe(202);
    let status: Json;
    await until(async () => {
      status = await call(t, 'GET', `/v1/messages/${sent.body.id}/status`, police.token);
      return status.body.recipients[0].status === 'delivered';
    });
    expect(status.body.recipients[0].attempts).toBe(3);
    expect(ids(received)).toContain(sent.body.id);
    expect(received.find((m) => m.id === sent.body.id).envelope).toBe(b64(sent.envelopeBytes));
  });

  it('two gateways on one store push each delivery once: a push claims its row', async () => {
    // A second process's gateway on the same database (the same file on SQLite).
    await using second = await startTestGateway({
      dataDir: t.dataDir,
      webhook: { baseDelayMs: 20, maxDelayMs: 100, pollMs: 10, maxAttempts: 3 },
    });
    const police = await t.agency('rs.police.belgrade-thb');
    const sent = await Promise.all(
      Array.from({ length: 8 }, async (_, n) => {
        const payload = randomPayload();
        const via = n % 2 === 0 ? t : second;
        const answer = await submit(
          via,
          police,
          envelopeFor(police, ['rs.csw.nis'], payload),
          payload,
        );
        expect(answer.status).toBe(202);
        return answer.body.id as string;
      }),
    );
    await until(async () => {
      const statuses = await Promise.all(
        sent.map((id) => call(t, 'GET', `/v1/messages/${id}/status`, police.token)),
      );
      return statuses.every((s) => s.body.recipients[0].status === 'delivered');
    });
    const pushes = ids(received).filter((id) => sent.includes(id));
    expect(pushes.sort()).toEqual([...sent].sort());
  });

  it('an unreachable webhook is retried and dead-lettered with the network error recorded', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const register = await call(t, 'POST', '/trpc/agencies.register', t.adminToken('operator'), {
      agency: {
        id: 'rs.csw.novi-sad',
        name: 'Centre for Social Work Novi Sad',
        kind: 'csw',
        jurisdiction: 'RS',
        competentAreas: ['novi-sad'],
      },
      webhookUrl: 'http://127.0.0.1:1/unreachable',
    });
    expect(register.status, register.text).toBe(200);
    const payload = randomPayload();
    const sent = await submit(
      t,
      police,
      envelopeFor(police, ['rs.csw.novi-sad'], payload),
      payload,
    );
    await until(
      async () =>
        (await call(t, 'GET', `/v1/messages/${sent.body.id}/status`, police.token)).body
          .recipients[0].status === 'dead-lettered',
    );
    const rows = await t.gw.db
      .selectFrom('deliveries')
      .selectAll()
      .where('message_id', '=', sent.body.id as string)
      .execute();
    expect(rows[0]).toMatchObject({ attempts: 3, status: 'dead-lettered' });
    expect(rows[0]?.last_error).toBeTypeOf('string');
  });

  it('dead-letters after the last attempt; an operator redelivers over tRPC', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    alwaysFail = true;
    const payload = randomPayload();
    const sent = await submit(t, police, envelopeFor(police, ['rs.csw.nis'], payload), payload);
    await until(
      async () =>
        (await call(t, 'GET', `/v1/messages/${sent.body.id}/status`, police.token)).body
          .recipients[0].status === 'dead-lettered',
    );
    const dead = await call(
      t,
      'GET',
      `/trpc/deliveries.list?input=${encodeURIComponent(JSON.stringify({ status: 'dead-lettered' }))}`,
      t.adminToken('auditor'),
    );
    expect((dead.body.result.data as { message_id: string }[]).map((d) => d.message_id)).toContain(
      sent.body.id,
    );

    alwaysFail = false;
    const denied = await call(t, 'POST', '/trpc/deliveries.redeliver', t.adminToken('auditor'), {
      messageId: sent.body.id,
      recipient: 'rs.csw.nis',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.data.gatewayCode).toBe('FORBIDDEN');
    const redeliver = await call(
      t,
      'POST',
      '/trpc/deliveries.redeliver',
      t.adminToken('operator'),
      { messageId: sent.body.id, recipient: 'rs.csw.nis' },
    );
    expect(redeliver.status, redeliver.text).toBe(200);
    await until(
      async () =>
        (await call(t, 'GET', `/v1/messages/${sent.body.id}/status`, police.token)).body
          .recipients[0].status === 'delivered',
    );
    expect(ids(received)).toContain(sent.body.id);
  });
});
