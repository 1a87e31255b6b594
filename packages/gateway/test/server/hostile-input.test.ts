import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDetached } from '@nrm/client/crypto';
import {
  call,
  envelopeFor,
  randomPayload,
  sha256,
  startTestGateway,
  subject,
  submit,
  type Json,
  type TestGateway,
} from './harness.js';

/** One meaning per signed object, no 5xx, connection-level errors in the one shape. */
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ server: { rateLimitPerMinute: 100_000, bodyLimit: 256 * 1024 } });
});
afterAll(() => t.close());

const encode = (text: string) => new TextEncoder().encode(text);
const logSize = async () => (await t.gw.ctx.log.leaves()).length;

describe('signed objects are strict JSON at the gateway', () => {
  it('an envelope with two `to` members is refused at envelope.to and delivered to nobody', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const text = JSON.stringify(envelope).replace('"to":', '"to":["rs.police.border"],"to":');
    const result = await submit(t, police, envelope, payload, { envelopeBytes: encode(text) });
    expect(result.status, JSON.stringify(result.body)).toBe(422);
    expect(result.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'envelope.to' });
    const stored = await t.gw.db
      .selectFrom('messages')
      .select('id')
      .where('id', '=', String(envelope.id))
      .executeTakeFirst();
    expect(stored).toBeUndefined();
  });

  it('an envelope with two `type` members (the last a withdrawal) is refused at envelope.type', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const text = JSON.stringify(envelope).replace(
      '"type":"nrm.referral"',
      '"type":"nrm.referral","type":"nrm.consent-withdrawal"',
    );
    const result = await submit(t, police, envelope, payload, { envelopeBytes: encode(text) });
    expect(result.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'envelope.type' });
  });

  it('an envelope with a BOM or invalid UTF-8 is refused, saying what without echoing bytes', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const bom = await submit(t, police, envelope, payload, {
      envelopeBytes: encode(`\ufeff${JSON.stringify(envelope)}`),
    });
    expect(bom.body.error).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'envelope',
      message: 'envelope starts with a byte order mark (not allowed in signed JSON).',
    });
    const latin1 = await submit(t, police, envelope, payload, {
      envelopeBytes: new Uint8Array([...encode('{"id":"'), 0xe9, 0x07, ...encode('"}')]),
    });
    expect(latin1.body.error).toEqual({
      code: 'SCHEMA_INVALID',
      message: 'envelope is not valid UTF-8.',
      path: 'envelope',
    });
    const control = await submit(t, police, envelope, payload, {
      envelopeBytes: encode('{"id":\u0007"secret"}'),
    });
    expect(control.body.error).toEqual({
      code: 'SCHEMA_INVALID',
      message: 'envelope is not JSON: unexpected character at line 1 column 7.',
      path: 'envelope',
    });
  });

  it('a consent scope with a duplicate member is refused at its path; nothing is recorded', async () => {
    const astra = await t.agency('rs.astra');
    const consentId = crypto.randomUUID();
    const person = subject(7);
    const scope = {
      id: consentId,
      subject: person,
      controller: 'rs.astra',
      givenBy: 'self',
      recipients: [{ by: 'agency', agency: 'rs.cptv' }],
      purposes: ['identification'],
      categories: ['identity'],
      obtainedAt: new Date(Date.now() - 120_000).toISOString(),
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      language: 'sr',
      formVersion: 'astra-consent-2026.1',
    };
    const text = JSON.stringify(scope).replace(
      '"purposes":',
      '"purposes":["identification","legal-proceedings"],"purposes":',
    );
    const form = randomPayload();
    const before = await logSize();
    const result = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], form, {
        type: 'nrm.consent-record',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [consentId],
        dataCategories: ['identity'],
      }),
      form,
      { consentScope: encode(text) },
    );
    expect(result.status, JSON.stringify(result.body)).toBe(422);
    expect(result.body.error).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'consentScope.purposes',
    });
    expect(await logSize()).toBe(before);
    const consent = await t.gw.db
      .selectFrom('consents')
      .select('id')
      .where('id', '=', consentId)
      .executeTakeFirst();
    expect(consent).toBeUndefined();
  });

  it('a receipt with a duplicate member is refused at its path; the message stays unacknowledged', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const payload = randomPayload();
    const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
    expect(sent.status).toBe(202);
    const id = String(sent.envelope.id);
    const receipt = JSON.stringify({
      type: 'nrm.receipt',
      version: 1,
      messageId: id,
      envelopeDigest: sha256(sent.envelopeBytes),
      by: 'rs.cptv',
      status: 'acknowledged',
      at: new Date().toISOString(),
    }).replace('"by":', '"by":"rs.police.belgrade-thb","by":');
    const ack = await call(t, 'POST', `/v1/messages/${id}/ack`, cptv.token, {
      receipt: Buffer.from(receipt).toString('base64'),
      receiptSignature: await signDetached(encode(receipt), cptv.key, new Date()),
    });
    expect(ack.status, ack.text).toBe(422);
    expect(ack.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'receipt.by' });
    const status = await call(t, 'GET', `/v1/messages/${id}/status`, police.token);
    expect(status.body.recipients[0].status).not.toBe('acknowledged');
  });

  it('a request body with two `envelope` members is refused at envelope', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const response = await fetch(`${t.url}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${police.token}`, 'content-type': 'application/json' },
      body: '{"envelope":"e30=","envelope":"W10=","envelopeSignature":"x","payload":""}',
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as Json).error).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'envelope',
    });
  });
});

describe('codes and messages say what and where', () => {
  it('a URL with bad percent-encoding is BAD_REQUEST in the one shape, the URL not echoed', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const result = await call(t, 'GET', '/v1/keys/%ff%07', police.token);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: {
        code: 'BAD_REQUEST',
        message: 'The URL is not valid: a percent-encoded byte is malformed.',
      },
    });
  });

  it('an unknown multipart part is named by an escaped path, never echoed raw', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const form = new FormData();
    form.append('envelope\u0007x', 'x');
    const response = await fetch(`${t.url}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${police.token}` },
      body: form,
    });
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(text).not.toContain('\u0007');
    expect(JSON.parse(text).error).toEqual({
      code: 'SCHEMA_INVALID',
      message:
        'Unknown part; the parts are envelope, payload, consentScope, envelopeSignature, consentScopeSignature.',
      path: 'envelope\\u0007x',
    });
  });

  it('an unknown agency in a URL is not repeated in the answer', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const result = await call(t, 'GET', '/v1/keys/rs.nowhere%07%1b', police.token);
    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      error: { code: 'NOT_FOUND', message: 'No agency with this id.', path: 'params.agencyId' },
    });
  });

  it('bad base64 names the field and the position, not the bytes', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const body = { envelope: 'e30=', envelopeSignature: 'x', payload: 'AAAA' };
    const urlSafe = await call(t, 'POST', '/v1/messages', police.token, {
      ...body,
      payload: 'AA-_',
    });
    expect(urlSafe.body.error).toEqual({
      code: 'SCHEMA_INVALID',
      path: 'payload',
      message:
        'not base64: character 3 is outside the standard alphabet (A-Z a-z 0-9 + /, = padding; not base64url, no line breaks)',
    });
    const short = await call(t, 'POST', '/v1/messages', police.token, { ...body, envelope: 'e30' });
    expect(short.body.error).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'envelope',
      message: 'not base64: the length must be a multiple of 4 (pad with =)',
    });
  });
});

describe('input the log would refuse is refused before anything is logged', () => {
  it('empty dataCategories: 422 at envelope.dataCategories on the allowed, consent-refused and route-forbidden paths, and no log entry', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const astra = await t.agency('rs.astra');
    const payload = randomPayload();
    const cases = [
      // Allowed by policy with a category; refused for want of consent; a forbidden route.
      { sender: police, to: ['rs.cptv'], overrides: {} },
      { sender: astra, to: ['rs.cptv'], overrides: { legalBasis: 'consent' } },
      { sender: astra, to: ['rs.astra'], overrides: {} },
    ];
    for (const { sender, to, overrides } of cases) {
      const before = await logSize();
      const result = await submit(
        t,
        sender,
        envelopeFor(sender, to, payload, { ...overrides, dataCategories: [] }),
        payload,
      );
      expect(result.status, JSON.stringify(result.body)).toBe(422);
      expect(result.body.error).toMatchObject({
        code: 'SCHEMA_INVALID',
        path: 'envelope.dataCategories',
      });
      expect(await logSize()).toBe(before);
    }
  });
});

describe('tRPC answers in the gateway codes and words', () => {
  it('credentials.issue for an agency that does not exist is 404 NOT_FOUND, not 500', async () => {
    const result = await call(t, 'POST', '/trpc/credentials.issue', t.adminToken('operator'), {
      agencyId: 'rs.nowhere',
      scopes: ['send'],
    });
    expect(result.status, result.text).toBe(404);
    expect(result.body.error.data.gatewayCode).toBe('NOT_FOUND');
    expect(result.body.error.message).toBe('No agency with this id.');
  });

  it('an unknown procedure is 404 NOT_FOUND without echoing the URL', async () => {
    const result = await call(t, 'GET', '/trpc/nothing.here%07', t.adminToken('auditor'));
    expect(result.status, result.text).toBe(404);
    expect(result.body.error.data.gatewayCode).toBe('NOT_FOUND');
    expect(result.body.error.message).toBe('Not found.');
  });

  it('a validation error is SCHEMA_INVALID with the input path, not the raw issue list', async () => {
    const result = await call(t, 'POST', '/trpc/credentials.issue', t.adminToken('operator'), {
      agencyId: 'rs.astra',
      scopes: ['fly'],
    });
    expect(result.status, result.text).toBe(422);
    expect(result.body.error.data).toMatchObject({
      gatewayCode: 'SCHEMA_INVALID',
      path: 'input.scopes.0',
    });
    expect(result.body.error.message).not.toMatch(/^\[|"code"/);
  });

  it('a wrong content type is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await fetch(`${t.url}/trpc/credentials.issue`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${t.adminToken('operator')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'agencyId=rs.astra',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as Json).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

/** Raw HTTP/1.1 on one keep-alive socket: what a pooling client actually sees. */
class RawConnection {
  private buffer = '';
  private closed = false;
  private waiters: (() => void)[] = [];
  private constructor(private readonly socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  static open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) {
      waiter();
    }
  }

  send(text: string) {
    if (!this.socket.destroyed) {
      this.socket.write(text);
    }
  }

  /** The next complete response, or undefined when the server closed without one. */
  async response(): Promise<
    { status: number; headers: Record<string, string>; body: string } | undefined
  > {
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end >= 0) {
        const [statusLine, ...lines] = this.buffer.slice(0, end).split('\r\n');
        const headers = Object.fromEntries(
          lines.map((line) => {
            const colon = line.indexOf(':');
            return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
          }),
        );
        const length = Number(headers['content-length'] ?? 0);
        if (this.buffer.length >= end + 4 + length) {
          const body = this.buffer.slice(end + 4, end + 4 + length);
          this.buffer = this.buffer.slice(end + 4 + length);
          return { status: Number(statusLine?.split(' ')[1]), headers, body };
        }
      }
      if (this.closed) {
        return undefined;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  get isClosed() {
    return this.closed;
  }

  close() {
    this.socket.destroy();
  }
}

const healthz = 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n';

describe('connection-level errors keep the error shape and close cleanly', () => {
  it('431: headers over 16 KiB answer { error: { code, message } } with Connection: close; the next request is not silently lost', async () => {
    const connection = await RawConnection.open(t.url);
    connection.send(
      `GET /trpc/whoami?input=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n`,
    );
    connection.send(healthz);
    const first = await connection.response();
    expect(first?.status).toBe(431);
    expect(first?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(first!.body)).toEqual({
      error: {
        code: 'HEADERS_TOO_LARGE',
        message: expect.stringMatching(/exceed 16384 bytes/),
      },
    });
    const second = await connection.response();
    // Either answered on the same connection, or the first answer said it would close.
    if (second === undefined) {
      expect(first?.headers['connection']).toBe('close');
      expect(connection.isClosed).toBe(true);
    } else {
      expect(second.status).toBe(200);
    }
    connection.close();
  });

  it('400 for a request line that is not HTTP, in the same shape, then Connection: close', async () => {
    const connection = await RawConnection.open(t.url);
    connection.send('GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\u0001: y\r\n\r\n');
    const answer = await connection.response();
    expect(answer?.status).toBe(400);
    expect(answer?.headers['connection']).toBe('close');
    expect(JSON.parse(answer!.body)).toEqual({
      error: { code: 'BAD_REQUEST', message: 'The request is not valid HTTP/1.1.' },
    });
    connection.close();
  });

  it('413 states the limit, in the same shape; the next request on the connection is answered or the 413 said Connection: close', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const connection = await RawConnection.open(t.url);
    const body = JSON.stringify({ envelope: 'A'.repeat(300 * 1024) });
    connection.send(
      `POST /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${police.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`,
    );
    connection.send(healthz);
    const first = await connection.response();
    expect(first?.status).toBe(413);
    expect(JSON.parse(first!.body)).toEqual({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body exceeds the limit of ${256 * 1024} bytes.`,
      },
    });
    const second = await connection.response();
    if (second === undefined) {
      expect(first?.headers['connection']).toBe('close');
    } else {
      expect(second.status).toBe(200);
    }
    connection.close();
  });
});

describe('a 500 that remains is logged with its cause', () => {
  it('tRPC and HTTP: INTERNAL to the client, the cause in the log', async () => {
    const lines: string[] = [];
    const broken = await startTestGateway({
      server: { logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } } },
    });
    try {
      const auditor = broken.adminToken('auditor');
      const police = await broken.agency('rs.police.belgrade-thb');
      // Verified while the store is up, so the failure below is the store's, not the token's.
      expect((await call(broken, 'GET', '/trpc/agencies.list', auditor)).status).toBe(200);
      expect((await call(broken, 'GET', '/v1/inbox', police.token)).status).toBe(200);
      await broken.gw.db.destroy();
      const trpc = await call(broken, 'GET', '/trpc/agencies.list', auditor);
      expect(trpc.status).toBe(500);
      expect(trpc.body.error.data.gatewayCode).toBe('INTERNAL');
      expect(trpc.body.error.message).toBe('Internal error.');
      const http = await call(broken, 'GET', '/v1/inbox', police.token);
      expect(http.status).toBe(500);
      expect(http.body).toEqual({ error: { code: 'INTERNAL', message: 'Internal error.' } });
      const logged: Json[] = lines.map((line): unknown => JSON.parse(line));
      const internal = logged.filter((entry) => entry.msg === 'internal error');
      expect(internal.length).toBeGreaterThanOrEqual(2);
      expect(internal.some((entry) => entry.procedure === 'agencies.list')).toBe(true);
      expect(internal.every((entry) => typeof entry.err?.message === 'string')).toBe(true);
    } finally {
      await broken.close().catch(() => undefined);
    }
  });
});
