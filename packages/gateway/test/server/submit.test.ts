import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublicKeys, verifyDetached } from '@nrm/client/crypto';
import { ERROR_CODE_LIST, type ErrorCode } from '@nrm/client/errors';
import { rotateKey } from '../../src/store/registry/agency-keys.js';
import { generateKeyPair } from '../../src/registry/openpgp-signature.js';
import {
  acknowledgeAs,
  call,
  envelopeFor,
  type Json,
  randomPayload,
  sha256,
  startTestGateway,
  submit,
  subject,
  uuidv7,
  type TestGateway,
} from './harness.js';

/** Every code this file provokes through the HTTP API; the last test checks none is missing. */
const provoked = new Set<ErrorCode>();
function expectError(
  result: { status: number; body: Json },
  code: ErrorCode,
  status: number,
  path?: string,
) {
  expect(result.body?.error?.code, JSON.stringify(result.body)).toBe(code);
  expect(result.status).toBe(status);
  if (path !== undefined) {
    expect(result.body.error.path).toBe(path);
  }
  expect(JSON.stringify(result.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  provoked.add(code);
}

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

describe('POST /v1/messages: acceptance', () => {
  it('accepts a signed envelope, answers 202 with a gateway-signed receipt, and is idempotent', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const first = await submit(t, police, envelope, payload);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      id: envelope.id,
      status: 'accepted',
      recipients: [{ agency: 'rs.cptv', status: 'accepted' }],
    });

    const keys = await call(t, 'GET', '/v1/keys/gateway', police.token);
    const gatewayKeys = await readPublicKeys(keys.body.keys[0].publicKey);
    const receiptBytes = Buffer.from(first.body.receipt.receipt, 'base64');
    await verifyDetached(receiptBytes, first.body.receipt.signature, gatewayKeys, new Date());
    expect(JSON.parse(receiptBytes.toString('utf8'))).toMatchObject({
      type: 'nrm.receipt',
      messageId: envelope.id,
      envelopeDigest: sha256(first.envelopeBytes),
      by: 'gateway',
      status: 'accepted',
    });

    const again = await submit(t, police, envelope, payload);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
  });

  it('accepts the same parts as multipart/form-data (curl -F)', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const envelopeBytes = new TextEncoder().encode(JSON.stringify(envelope, null, 2));
    const { signDetached } = await import('@nrm/client/crypto');
    const form = new FormData();
    form.set('envelope', new Blob([envelopeBytes]), 'envelope.json');
    form.set(
      'envelopeSignature',
      new Blob([await signDetached(envelopeBytes, police.key, new Date())]),
      'envelope.json.asc',
    );
    form.set('payload', new Blob([payload]), 'payload.gpg');
    const response = await fetch(`${t.url}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${police.token}` },
      body: form,
    });
    expect(response.status).toBe(202);
    expect(((await response.json()) as { id: string }).id).toBe(envelope.id);
  });

  it('multipart: unknown or repeated parts are SCHEMA_INVALID, a broken body BAD_REQUEST', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const post = async (body: FormData | string, contentType?: string) => {
      const response = await fetch(`${t.url}/v1/messages`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${police.token}`,
          ...(contentType === undefined ? {} : { 'content-type': contentType }),
        },
        body,
      });
      return { status: response.status, body: (await response.json()) as Json };
    };
    const unknown = new FormData();
    unknown.set('envelope', new Blob(['{}']));
    unknown.set('name', 'Jane Doe');
    expectError(await post(unknown), 'SCHEMA_INVALID', 422, 'name');
    const twice = new FormData();
    twice.append('payload', new Blob(['a']));
    twice.append('payload', new Blob(['b']));
    expectError(await post(twice), 'SCHEMA_INVALID', 422, 'payload');
    expectError(
      await post('--x\r\nnot a part', 'multipart/form-data; boundary=y'),
      'BAD_REQUEST',
      400,
    );
  });

  it('routes a child referral only when the competent CSW is addressed (SCENARIOS S1)', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const child = { subjectIsChild: true, area: 'beograd-zemun', purpose: 'child-protection' };
    const without = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, { ...child, purpose: 'identification' }),
      payload,
    );
    expectError(without, 'ROUTE_FORBIDDEN', 403, 'envelope.to');
    expect(without.body.error.message).toMatch(/^CHILD_REFERRAL_INCLUDES_CSW: .*rs\.csw\.belgrade/);

    const wrongCsw = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv', 'rs.csw.nis'], payload, {
        ...child,
        purpose: 'identification',
      }),
      payload,
    );
    expectError(wrongCsw, 'ROUTE_FORBIDDEN', 403, 'envelope.to');

    const withCsw = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv', 'rs.csw.belgrade'], payload, {
        ...child,
        purpose: 'identification',
      }),
      payload,
    );
    expect(withCsw.status).toBe(202);
  });

  it('only the competent authority issues identification decisions', async () => {
    const astra = await t.agency('rs.astra');
    const payload = randomPayload();
    const result = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], payload, { type: 'nrm.identification-decision' }),
      payload,
    );
    expectError(result, 'ROUTE_FORBIDDEN', 403, 'envelope.type');
    expect(result.body.error.message).toMatch(/^ISSUER_NOT_COMPETENT/);
  });

  it('refuses unknown recipients and self-addressing', async () => {
    const astra = await t.agency('rs.astra');
    const payload = randomPayload();
    const unknown = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv', 'rs.nowhere'], payload),
      payload,
    );
    expectError(unknown, 'ROUTE_FORBIDDEN', 403, 'envelope.to.1');
    const self = await submit(t, astra, envelopeFor(astra, ['rs.astra'], payload), payload);
    expectError(self, 'ROUTE_FORBIDDEN', 403, 'envelope.to.0');
  });
});

describe('POST /v1/messages: consent (SCENARIOS S2)', () => {
  it('records a consent, accepts what it covers and refuses health data it does not cover', async () => {
    const astra = await t.agency('rs.astra');
    const consentId = crypto.randomUUID();
    const person = subject(2);
    const scope = {
      id: consentId,
      subject: person,
      controller: 'rs.astra',
      givenBy: 'self',
      recipients: [
        { by: 'agency', agency: 'rs.cptv' },
        { by: 'kind', kind: 'police' },
      ],
      purposes: ['identification', 'legal-proceedings'],
      categories: ['identity', 'contact', 'exploitation'],
      obtainedAt: new Date(Date.now() - 120_000).toISOString(),
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      language: 'sr',
      formVersion: 'astra-consent-2026.1',
    };
    const form = randomPayload();
    const record = await submit(
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
      { consentScope: new TextEncoder().encode(JSON.stringify(scope)) },
    );
    expect(record.status, JSON.stringify(record.body)).toBe(202);

    const referral = randomPayload();
    const base = { subject: person, legalBasis: 'consent', consentRefs: [consentId] };
    const ok = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], referral, {
        ...base,
        dataCategories: ['identity', 'exploitation'],
      }),
      referral,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(202);

    const health = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], referral, {
        ...base,
        dataCategories: ['identity', 'health'],
      }),
      referral,
    );
    expectError(health, 'CONSENT_MISSING', 403, 'envelope.to.0');
    expect(health.body.error.message).toMatch(
      /category-not-covered: consent \S+ does not cover health/,
    );

    const csw = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.csw.belgrade'], referral, { ...base, dataCategories: ['identity'] }),
      referral,
    );
    expectError(csw, 'CONSENT_MISSING', 403, 'envelope.to.0');
    expect(csw.body.error.message).toContain('recipient-not-covered');

    const dup = await submit(
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
      { consentScope: new TextEncoder().encode(JSON.stringify(scope)) },
    );
    expectError(dup, 'ID_CONFLICT', 409, 'consentScope.id');
  });

  it('a consent record without its scope part is SCHEMA_INVALID', async () => {
    const astra = await t.agency('rs.astra');
    const form = randomPayload();
    const result = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], form, {
        type: 'nrm.consent-record',
        legalBasis: 'consent',
        consentRefs: [crypto.randomUUID()],
      }),
      form,
    );
    expectError(result, 'SCHEMA_INVALID', 422, 'consentScope');
  });

  it('duty to report passes the minimum to police (a proceedings notice: identity, process, criminal proceedings) and refuses health (SCENARIOS S5)', async () => {
    const cptv = await t.agency('rs.cptv');
    const payload = randomPayload();
    const duty = {
      type: 'nrm.proceedings-notice',
      legalBasis: 'legal-obligation',
      purpose: 'legal-proceedings',
    };
    const ok = await submit(
      t,
      cptv,
      envelopeFor(cptv, ['rs.police.belgrade-thb'], payload, {
        ...duty,
        dataCategories: ['identity', 'process', 'criminal-proceedings'],
      }),
      payload,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(202);
    const health = await submit(
      t,
      cptv,
      envelopeFor(cptv, ['rs.police.belgrade-thb'], payload, {
        ...duty,
        dataCategories: ['identity', 'criminal-proceedings', 'health'],
      }),
      payload,
    );
    expectError(health, 'CONSENT_MISSING', 403);
    expect(health.body.error.message).toContain(
      'category-not-covered: rule duty-to-report does not cover health',
    );
  });
});

describe('POST /v1/messages: every refusal has a stable code', () => {
  it('ALREADY_ACKNOWLEDGED: a recipient rejects what it already acknowledged', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const payload = randomPayload();
    const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
    const id = sent.body.id as string;
    expect((await acknowledgeAs(t, cptv, id, sent.envelopeBytes)).status).toBe(200);
    const late = await call(t, 'POST', `/v1/messages/${id}/reject`, cptv.token, {
      code: 'DIGEST_MISMATCH',
      reason: 'too late',
    });
    expectError(late, 'ALREADY_ACKNOWLEDGED', 409);
  });

  it('ID_CONFLICT: same id, different bytes', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    expect((await submit(t, police, envelope, payload)).status).toBe(202);
    const other = randomPayload();
    const conflict = await submit(t, police, { ...envelope, payloadDigest: sha256(other) }, other);
    expectError(conflict, 'ID_CONFLICT', 409, 'envelope.id');
  });

  it('concurrent submits of one id: identical ones share one answer, differing ones conflict', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const same = await Promise.all(
      Array.from({ length: 6 }, () => submit(t, police, envelope, payload)),
    );
    expect(same.map((r) => r.status)).toEqual(Array(6).fill(202));
    expect(new Set(same.map((r) => JSON.stringify(r.body))).size).toBe(1);
    // One acceptance: its disclosure is logged once, not once per racing request.
    const logged = (await t.gw.ctx.log.leaves()).filter(
      (leaf) => 'messageId' in leaf && leaf.messageId === envelope.id,
    );
    expect(logged.map((leaf) => leaf.kind)).toEqual(['disclosure-allowed']);

    const id = envelopeFor(police, ['rs.cptv'], payload).id;
    const variants = Array.from({ length: 6 }, () => {
      const bytes = randomPayload();
      return { envelope: envelopeFor(police, ['rs.cptv'], bytes, { id }), bytes };
    });
    const raced = await Promise.all(variants.map((v) => submit(t, police, v.envelope, v.bytes)));
    expect(raced.filter((r) => r.status === 202)).toHaveLength(1);
    for (const loser of raced.filter((r) => r.status !== 202)) {
      expectError(loser, 'ID_CONFLICT', 409, 'envelope.id');
    }
    const rows = await t.gw.db
      .selectFrom('deliveries')
      .selectAll()
      .where('message_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('CLOCK_SKEW (not REPLAY): createdAt outside the window, in the past or the future', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const old = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, {}, new Date(Date.now() - 10 * 60_000)),
      payload,
    );
    expectError(old, 'CLOCK_SKEW', 422, 'envelope.createdAt');
    expect(old.body.error.message).toMatch(/300 s away from the gateway clock/);
    const future = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, {}, new Date(Date.now() + 10 * 60_000)),
      payload,
    );
    expectError(future, 'CLOCK_SKEW', 422, 'envelope.createdAt');
  });

  it('SCHEMA_INVALID: a bad envelope field names its path; an expired envelope too', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const bad = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, { subject: 'Jane Doe' }),
      payload,
    );
    expectError(bad, 'SCHEMA_INVALID', 422, 'envelope.subject');
    const extra = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, { name: 'Jane Doe' }),
      payload,
    );
    expectError(extra, 'SCHEMA_INVALID', 422);
    const expired = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, {
        expiresAt: new Date(Date.now() - 1000).toISOString(),
      }),
      payload,
    );
    expectError(expired, 'SCHEMA_INVALID', 422, 'envelope.expiresAt');
    const notJson = await submit(t, police, {}, payload, {
      envelopeBytes: new TextEncoder().encode('not json'),
    });
    expectError(notJson, 'SCHEMA_INVALID', 422, 'envelope');
  });

  it('SCHEMA_INVALID: a missing body part names it', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const result = await call(t, 'POST', '/v1/messages', police.token, {
      envelope: 'e30=',
      envelopeSignature: 'x',
    });
    expectError(result, 'SCHEMA_INVALID', 422, 'payload');
  });

  it('BAD_REQUEST: a body that is not JSON', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const response = await fetch(`${t.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${police.token}` },
      body: '{"envelope":',
    });
    expectError({ status: response.status, body: await response.json() }, 'BAD_REQUEST', 400);
  });

  it('DIGEST_MISMATCH: the payload is not the one the envelope names', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const result = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload),
      randomPayload(),
    );
    expectError(result, 'DIGEST_MISMATCH', 422, 'payload');
  });

  it('UNKNOWN_TYPE and UNKNOWN_VERSION', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    expectError(
      await submit(
        t,
        police,
        envelopeFor(police, ['rs.cptv'], payload, { type: 'nrm.horoscope' }),
        payload,
      ),
      'UNKNOWN_TYPE',
      422,
      'envelope.type',
    );
    expectError(
      await submit(t, police, envelopeFor(police, ['rs.cptv'], payload, { version: 9 }), payload),
      'UNKNOWN_VERSION',
      422,
      'envelope.version',
    );
  });

  it('SIGNATURE_INVALID: signed by another key than the one named; or altered bytes', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const atina = await t.agency('rs.atina');
    const payload = randomPayload();
    const forged = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload, {
      signer: atina.key,
    });
    expectError(forged, 'SIGNATURE_INVALID', 401, 'envelopeSignature');
    const garbage = await call(t, 'POST', '/v1/messages', police.token, {
      envelope: Buffer.from(JSON.stringify(envelopeFor(police, ['rs.cptv'], payload))).toString(
        'base64',
      ),
      envelopeSignature: '-----BEGIN PGP SIGNATURE-----\n\nnope\n-----END PGP SIGNATURE-----\n',
      payload: Buffer.from(payload).toString('base64'),
    });
    expectError(garbage, 'SIGNATURE_INVALID', 401);
  });

  it('KEY_UNKNOWN: the envelope names a key the sender never registered', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const result = await submit(
      t,
      police,
      envelopeFor(police, ['rs.cptv'], payload, { senderKey: 'ab'.repeat(20) }),
      payload,
    );
    expectError(result, 'KEY_UNKNOWN', 401, 'envelope.senderKey');
  });

  it('KEY_REVOKED: an operator revokes a key over tRPC; later signatures by it are refused', async () => {
    const nis = await t.agency('rs.csw.nis');
    const revoke = await call(t, 'POST', '/trpc/keys.revoke', t.adminToken('operator'), {
      fingerprint: nis.fingerprint,
    });
    expect(revoke.status, revoke.text).toBe(200);
    const payload = randomPayload();
    const result = await submit(t, nis, envelopeFor(nis, ['rs.cptv'], payload), payload);
    expectError(result, 'KEY_REVOKED', 401, 'envelope.senderKey');
  });

  it('KEY_EXPIRED after a rotation without overlap; the new key works; with overlap the old one still does', async () => {
    const noviSad = await t.agency('rs.csw.novi-sad');
    const now = new Date();
    const fresh = await generateKeyPair('rs.csw.novi-sad', now);
    await rotateKey(t.gw.db, 'rs.csw.novi-sad', fresh.publicKey, 0, now);
    const payload = randomPayload();
    const old = await submit(t, noviSad, envelopeFor(noviSad, ['rs.cptv'], payload), payload);
    expectError(old, 'KEY_EXPIRED', 401, 'envelope.senderKey');

    const { readAgencyPrivateKey } = await import('@nrm/client/crypto');
    const newKey = await readAgencyPrivateKey(fresh.privateKey);
    const rotated = { ...noviSad, key: newKey, fingerprint: fresh.fingerprint };
    const ok = await submit(t, rotated, envelopeFor(rotated, ['rs.cptv'], payload), payload);
    expect(ok.status, JSON.stringify(ok.body)).toBe(202);

    const third = await generateKeyPair('rs.csw.novi-sad', new Date());
    await rotateKey(t.gw.db, 'rs.csw.novi-sad', third.publicKey, 60 * 60_000, new Date());
    const overlap = await submit(t, rotated, envelopeFor(rotated, ['rs.cptv'], payload), payload);
    expect(overlap.status, JSON.stringify(overlap.body)).toBe(202);
  });

  it('UNAUTHENTICATED without or with a wrong token; FORBIDDEN when acting for another agency', async () => {
    const astra = await t.agency('rs.astra');
    const atina = await t.agency('rs.atina');
    const payload = randomPayload();
    const envelope = envelopeFor(atina, ['rs.cptv'], payload);
    expectError(await call(t, 'POST', '/v1/messages', undefined, {}), 'UNAUTHENTICATED', 401);
    expectError(
      await submit(t, atina, envelope, payload, { token: `${atina.token.slice(0, -4)}AAAA` }),
      'UNAUTHENTICATED',
      401,
    );
    expectError(
      await submit(t, atina, envelope, payload, { token: astra.token }),
      'FORBIDDEN',
      403,
      'envelope.from',
    );
  });

  it('REPLAY: an id seen before whose message is gone (purged after expiry) is never accepted again', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    const envelope = envelopeFor(police, ['rs.cptv'], payload);
    const first = await submit(t, police, envelope, payload);
    expect(first.status).toBe(202);
    // What the expiry purge leaves: the seen id, not the message.
    const id = String(envelope.id);
    await t.gw.db.deleteFrom('deliveries').where('message_id', '=', id).execute();
    await t.gw.db.deleteFrom('messages').where('id', '=', id).execute();
    expectError(await submit(t, police, envelope, payload), 'REPLAY', 409, 'envelope.id');
  });

  it('UNSUPPORTED_MEDIA_TYPE (415), METHOD_NOT_ALLOWED (405), HEADERS_TOO_LARGE (431), BAD_REQUEST (400) for bodies that are not JSON', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const text = await fetch(`${t.url}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${police.token}`, 'content-type': 'text/plain' },
      body: 'hello',
    });
    expectError({ status: text.status, body: await text.json() }, 'UNSUPPORTED_MEDIA_TYPE', 415);
    // tRPC answers in its own envelope, with the gateway's code in data.
    const get = await call(t, 'GET', '/trpc/credentials.issue', t.adminToken('operator'));
    expect(get.status).toBe(405);
    expect(get.body.error.data.gatewayCode).toBe('METHOD_NOT_ALLOWED');
    expect(get.body.error.message).toBe('This method is not allowed here.');
    provoked.add('METHOD_NOT_ALLOWED');
    const huge = await fetch(`${t.url}/v1/inbox`, { headers: { 'x-pad': 'a'.repeat(20_000) } });
    expectError({ status: huge.status, body: await huge.json() }, 'HEADERS_TOO_LARGE', 431);
    const notJson = await fetch(`${t.url}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${police.token}`, 'content-type': 'application/json' },
      body: '{"envelope": \u0007}',
    });
    const body = (await notJson.json()) as Json;
    expectError({ status: notJson.status, body }, 'BAD_REQUEST', 400);
    expect(body.error.message).toBe(
      'The request body is not JSON: unexpected character at line 1 column 14.',
    );
  });

  it('NOT_FOUND for unknown messages, agencies and routes', async () => {
    const astra = await t.agency('rs.astra');
    expectError(
      await call(t, 'GET', `/v1/messages/${uuidv7()}/status`, astra.token),
      'NOT_FOUND',
      404,
    );
    expectError(await call(t, 'GET', '/v1/keys/rs.nowhere', astra.token), 'NOT_FOUND', 404);
    expectError(await call(t, 'GET', '/v2/anything', astra.token), 'NOT_FOUND', 404);
  });

  describe('on a gateway with a small body limit and a tight rate limit', () => {
    let small: TestGateway;
    beforeAll(async () => {
      small = await startTestGateway({ server: { bodyLimit: 4096, rateLimitPerMinute: 4 } });
    });
    afterAll(() => small.close());

    it('PAYLOAD_TOO_LARGE (413) for a body over the limit, JSON or multipart', async () => {
      const police = await small.agency('rs.police.belgrade-thb');
      const payload = randomPayload(8192);
      expectError(
        await submit(small, police, envelopeFor(police, ['rs.cptv'], payload), payload),
        'PAYLOAD_TOO_LARGE',
        413,
      );
    });

    it('RATE_LIMITED (429) per agency credential, other agencies unaffected', async () => {
      const police = await small.agency('rs.police.belgrade-thb');
      const astra = await small.agency('rs.astra');
      const results = [];
      for (let i = 0; i < 6; i++) {
        results.push(await call(small, 'GET', '/v1/inbox', police.token));
      }
      expectError(results.at(-1)!, 'RATE_LIMITED', 429);
      expect((await call(small, 'GET', '/v1/inbox', astra.token)).status).toBe(200);
    });

    it('INTERNAL (500) without internals when the store is gone', async () => {
      await small.gw.db.destroy();
      const result = await call(small, 'GET', '/readyz', undefined);
      expectError(result, 'INTERNAL', 500);
      expect(result.body.error.message).toBe('Internal error.');
    });
  });

  it('LOG_NOT_VERIFIED (503) once the log was edited in the database: no receipt, no checkpoint', async () => {
    await using edited = await startTestGateway();
    const police = await edited.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    expect(
      (await submit(edited, police, envelopeFor(police, ['rs.cptv'], payload), payload)).status,
    ).toBe(202);
    // Edited through the database itself (SQLite file or PostgreSQL), behind the gateway's back.
    const first = await sql<{
      seq: number;
      entry: string;
    }>`select seq, entry from transparency_log order by seq limit 1`.execute(edited.gw.db);
    const row = first.rows[0]!;
    const forged = row.entry.replace('"at":"', '"at":"1');
    const hash = createHash('sha256')
      .update(Buffer.from([0]))
      .update(forged)
      .digest('hex');
    await sql`update transparency_log set entry = ${forged}, leaf_hash = ${hash} where seq = ${row.seq}`.execute(
      edited.gw.db,
    );
    expectError(await call(edited, 'GET', '/readyz', undefined), 'LOG_NOT_VERIFIED', 503);
    const next = randomPayload();
    expectError(
      await submit(edited, police, envelopeFor(police, ['rs.cptv'], next), next),
      'LOG_NOT_VERIFIED',
      503,
    );
  });

  it('provoked every error code of the server through HTTP', () => {
    // DECRYPTION_FAILED and FORK_DETECTED belong to the SDK: the gateway never decrypts, and a
    // fork is what an agency's witness finds in what the gateway showed it; GATEWAY_UNREACHABLE
    // to any client: no gateway answered.
    const clientOnly: readonly string[] = [
      'DECRYPTION_FAILED',
      'FORK_DETECTED',
      'GATEWAY_UNREACHABLE',
    ];
    const serverCodes = ERROR_CODE_LIST.filter((code) => !clientOnly.includes(code));
    expect([...provoked].sort()).toEqual([...serverCodes].sort());
  });
});
