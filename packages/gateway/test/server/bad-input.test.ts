import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  envelopeFor,
  randomPayload,
  startTestGateway,
  submit,
  type TestGateway,
} from './harness.js';

/** "Every bad input a 4xx with a stable code and path, never a stack trace, never a 500." */
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ server: { rateLimitPerMinute: 100_000 } });
});
afterAll(() => t.close());

function expectClientError(result: { status: number; text?: string; body: unknown }) {
  const text = result.text ?? JSON.stringify(result.body);
  expect(result.status, text).toBeGreaterThanOrEqual(400);
  expect(result.status, text).toBeLessThan(500);
  expect(text).toMatch(/"code":"[A-Z_]+"/);
  expect(text).not.toMatch(/\.ts:\d+|\.js:\d+|node_modules/);
}

describe('bad input never reaches a 500', () => {
  it('arbitrary JSON bodies on every route', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const routes = ['/v1/messages', '/v1/messages/x/ack', '/trpc/keys.revoke'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (route, body) => {
        const token = route.startsWith('/trpc') ? t.adminToken('operator') : police.token;
        const result = await call(t, 'POST', route, token, body);
        if (route.startsWith('/trpc')) {
          expect(result.status, result.text).toBeLessThan(500);
        } else {
          expectClientError(result);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('correctly signed envelopes with arbitrary field values', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const payload = randomPayload(64);
    const field = fc.constantFrom(
      'id',
      'type',
      'version',
      'to',
      'subject',
      'purpose',
      'legalBasis',
      'consentRefs',
      'dataCategories',
      'createdAt',
      'expiresAt',
      'area',
      'process',
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, fc.jsonValue(), { maxKeys: 3 }), async (overrides) => {
        const result = await submit(
          t,
          police,
          envelopeFor(police, ['rs.cptv'], payload, overrides),
          payload,
        );
        if (result.status !== 202) {
          expectClientError(result);
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('arbitrary query strings and path parameters', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (value) => {
        const encoded = encodeURIComponent(value);
        const inbox = await call(t, 'GET', `/v1/inbox?limit=${encoded}`, police.token);
        expect(inbox.status, inbox.text).toBeLessThan(500);
        const status = await call(t, 'GET', `/v1/messages/${encoded || 'x'}/status`, police.token);
        expectClientError(status);
      }),
      { numRuns: 80 },
    );
  });
});
