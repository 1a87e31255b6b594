import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  envelopeFor,
  randomPayload,
  startTestGateway,
  submit,
  type TestGateway,
} from './harness.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('serves OpenAPI 3.1 generated from the zod definitions, covering every HTTP route', async () => {
    const doc = await call(t, 'GET', '/openapi.json', undefined);
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths).sort()).toEqual(
      [
        '/v1/inbox',
        '/v1/keys/{agencyId}',
        '/v1/messages',
        '/v1/messages/{id}/ack',
        '/v1/messages/{id}/reject',
        '/v1/messages/{id}/status',
        // The dry-run check, the DPO's and the auditor's routes.
        '/v1/disclosures/check',
        '/v1/dpo/disclosures',
        '/v1/dpo/denied',
        '/v1/dpo/non-consent',
        '/v1/dpo/alerts',
        '/v1/dpo/policy',
        '/v1/dpo/retention/preview',
        '/v1/dpo/retention/sweep',
        '/v1/dpo/subject-access/{subject}',
        '/v1/dpo/erasures',
        '/v1/log/tree-head',
        // The log's public witness interface.
        '/v1/log/checkpoint',
        '/v1/log/note-key',
        '/v1/log/checkpoint/consistency',
        '/v1/log/inclusion',
        '/v1/log/consistency',
        '/v1/log/export',
      ].sort(),
    );
    const submitBody = doc.body.components.schemas.SubmitBody;
    expect([...(submitBody.required as string[])].sort()).toEqual([
      'envelope',
      'envelopeSignature',
      'payload',
    ]);
    expect(submitBody.additionalProperties).toBe(false);
    expect(Object.keys(doc.body.paths['/v1/messages'].post.requestBody.content)).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    expect(doc.body.components.schemas.Error.properties.error.properties.code.enum).toContain(
      'CONSENT_MISSING',
    );
  });

  it('healthz and readyz answer without credentials', async () => {
    expect((await call(t, 'GET', '/healthz', undefined)).body).toEqual({ status: 'ok' });
    expect((await call(t, 'GET', '/readyz', undefined)).body).toMatchObject({
      status: 'ready',
      log: { verified: true },
    });
  });

  it('exposes Prometheus metrics that count submissions by outcome', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload();
    expect(
      (await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload)).status,
    ).toBe(202);
    expect(
      (
        await submit(
          t,
          police,
          envelopeFor(police, ['rs.cptv'], payload, { type: 'nrm.nope' }),
          payload,
        )
      ).status,
    ).toBe(422);
    const metrics = await fetch(`${t.url}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(/nrm_submissions_total\{outcome="accepted"\} 1/);
    expect(text).toMatch(/nrm_submissions_total\{outcome="UNKNOWN_TYPE"\} 1/);
    expect(text).toContain('nrm_http_request_duration_seconds_bucket');
  });

  it('a vital-interests disclosure needs a justification and alerts the DPO (metric and log)', async () => {
    const astra = await t.agency('rs.astra');
    const payload = randomPayload();
    const vital = {
      legalBasis: 'vital-interests',
      purpose: 'assistance',
      dataCategories: ['identity', 'health'],
    };
    const refused = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], payload, vital),
      payload,
    );
    expect(refused.body.error.code).toBe('CONSENT_MISSING');
    expect(refused.body.error.message).toContain('justification-missing');
    const sent = await submit(
      t,
      astra,
      envelopeFor(astra, ['rs.cptv'], payload, {
        ...vital,
        justification: 'Acute overdose in the shelter; she cannot be asked.',
      }),
      payload,
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/nrm_dpo_alerts_total 1/);
    const deliveries = await call(
      t,
      'GET',
      `/trpc/deliveries.list?input=${encodeURIComponent('{}')}`,
      t.adminToken('dpo'),
    );
    const row = (
      deliveries.body.result.data as {
        message_id: string;
        basis: { ruleId?: string; alert: boolean };
      }[]
    ).find((d) => d.message_id === sent.body.id);
    expect(row?.basis).toMatchObject({ ruleId: 'vital-interests', alert: true });
  });

  it('an operator rotates an agency key over tRPC with an overlap window', async () => {
    const { generateKeyPair } = await import('../../src/registry/openpgp-signature.js');
    const fresh = await generateKeyPair('rs.kirs', new Date());
    const rotated = await call(t, 'POST', '/trpc/keys.rotate', t.adminToken('operator'), {
      agencyId: 'rs.kirs',
      publicKey: fresh.publicKey,
      overlapSeconds: 3600,
    });
    expect(rotated.status, rotated.text).toBe(200);
    const kirs = await t.agency('rs.kirs');
    const keys = await call(t, 'GET', '/v1/keys/rs.kirs', kirs.token);
    const states = (
      keys.body.keys as { fingerprint: string; state: string; validUntil?: string }[]
    ).map((k) => [k.fingerprint, k.state]);
    expect(states).toEqual(
      expect.arrayContaining([
        [fresh.fingerprint, 'valid'],
        [kirs.fingerprint, 'valid'],
      ]),
    );
    const old = (keys.body.keys as { fingerprint: string; validUntil?: string }[]).find(
      (k) => k.fingerprint === kirs.fingerprint,
    );
    expect(Date.parse(old!.validUntil!)).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('tRPC tells a caller who it is, and shapes errors with the gateway code and no stack', async () => {
    const who = await call(t, 'GET', '/trpc/whoami', t.adminToken('dpo'));
    expect(who.body.result.data).toMatchObject({ kind: 'admin', role: 'dpo' });
    const anon = await call(t, 'GET', '/trpc/whoami', undefined);
    expect(anon.status).toBe(401);
    expect(anon.body.error.data.gatewayCode).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anon.body)).not.toContain('stack');
    const invalid = await call(
      t,
      'GET',
      `/trpc/keys.list?input=${encodeURIComponent('{"agencyId":5}')}`,
      t.adminToken('operator'),
    );
    // The gateway's status for the code, and its path — not the raw zod issue list.
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.data.gatewayCode).toBe('SCHEMA_INVALID');
    expect(invalid.body.error.data.path).toBe('input.agencyId');
  });

  it('lists public keys with their state for encryption by senders', async () => {
    const cptv = await t.agency('rs.cptv');
    const keys = await call(t, 'GET', '/v1/keys/rs.cptv', cptv.token);
    expect(keys.body.keys).toHaveLength(1);
    expect(keys.body.keys[0]).toMatchObject({ fingerprint: cptv.fingerprint, state: 'valid' });
    expect(keys.body.keys[0].publicKey).toContain('BEGIN PGP PUBLIC KEY BLOCK');
  });

  it('re-seeding on restart is idempotent: same keys, same tokens', async () => {
    const before = await t.agency('rs.astra');
    await t.gw.close();
    const again = await startTestGateway({ dataDir: t.dataDir });
    try {
      const after = await again.agency('rs.astra');
      expect(after.token).toBe(before.token);
      expect(after.fingerprint).toBe(before.fingerprint);
      expect((await call(again, 'GET', '/v1/inbox', after.token)).status).toBe(200);
      const agencies = await again.gw.db.selectFrom('agencies').select('id').execute();
      expect(agencies.map((a) => a.id)).toContain('at.lefoe-ibf');
      expect(
        await again.gw.db
          .selectFrom('agency_keys')
          .select('fingerprint')
          .where('agency_id', '=', 'rs.astra')
          .execute(),
      ).toHaveLength(1);
    } finally {
      await again.close();
      rmSync(t.dataDir, { recursive: true, force: true });
      t = { ...t, close: () => Promise.resolve() };
    }
  });
});
