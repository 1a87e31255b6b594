import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  envelopeFor,
  randomPayload,
  startTestGateway,
  submit,
  subject,
  uuidv7,
  type TestGateway,
} from './harness.js';

/**
 * The authorisation matrix: every route × every kind of caller. "allow" means the caller
 * gets past authentication and authorisation (the answer is neither 401 nor 403);
 * "deny" is 403 FORBIDDEN, "anon" is 401 UNAUTHENTICATED.
 */
type Caller = 'none' | 'agency' | 'send-only' | 'receive-only' | 'dpo' | 'operator' | 'auditor';
type Verdict = 'allow' | 'deny' | 'anon';
const CALLERS: Caller[] = [
  'none',
  'agency',
  'send-only',
  'receive-only',
  'dpo',
  'operator',
  'auditor',
];

interface Route {
  name: string;
  expect: Record<Caller, Verdict>;
  request(t: TestGateway, token: string | undefined): Promise<{ status: number; body: unknown }>;
}

const agencyRoute = (send: boolean, receive: boolean): Record<Caller, Verdict> => ({
  none: 'anon',
  agency: 'allow',
  'send-only': send ? 'allow' : 'deny',
  'receive-only': receive ? 'allow' : 'deny',
  dpo: 'deny',
  operator: 'deny',
  auditor: 'deny',
});
const adminRoute = (...roles: Caller[]): Record<Caller, Verdict> =>
  Object.fromEntries(
    CALLERS.map((c) => [c, c === 'none' ? 'anon' : roles.includes(c) ? 'allow' : 'deny']),
  ) as Record<Caller, Verdict>;

let messageId = '';
const trpcQuery = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

const ROUTES: Route[] = [
  {
    name: 'POST /v1/messages',
    expect: agencyRoute(true, false),
    async request(t, token) {
      const police = await t.agency('rs.police.belgrade-thb');
      const payload = randomPayload();
      return submit(
        t,
        police,
        envelopeFor(police, ['rs.cptv'], payload),
        payload,
        token === undefined ? { token: '' } : { token },
      );
    },
  },
  {
    name: 'GET /v1/inbox',
    expect: agencyRoute(false, true),
    request: (t, token) => call(t, 'GET', '/v1/inbox', token),
  },
  {
    name: 'POST /v1/messages/:id/ack',
    expect: agencyRoute(false, true),
    request: (t, token) =>
      call(t, 'POST', `/v1/messages/${uuidv7()}/ack`, token, {
        receipt: 'e30=',
        receiptSignature: 'x',
      }),
  },
  {
    // An unknown id: a caller past authentication and scope reaches 404 NOT_FOUND.
    name: 'POST /v1/messages/:id/reject',
    expect: agencyRoute(false, true),
    request: (t, token) =>
      call(t, 'POST', `/v1/messages/${uuidv7()}/reject`, token, {
        code: 'DIGEST_MISMATCH',
        reason: 'The payload digest does not match the payload.',
      }),
  },
  {
    name: 'GET /v1/messages/:id/status',
    expect: agencyRoute(true, true),
    request: (t, token) => call(t, 'GET', `/v1/messages/${messageId}/status`, token),
  },
  {
    name: 'GET /v1/keys/:agencyId',
    expect: Object.fromEntries(CALLERS.map((c) => [c, c === 'none' ? 'anon' : 'allow'])) as Record<
      Caller,
      Verdict
    >,
    request: (t, token) => call(t, 'GET', '/v1/keys/rs.cptv', token),
  },
  {
    name: 'trpc agencies.list',
    expect: adminRoute('dpo', 'operator', 'auditor'),
    request: (t, token) => call(t, 'GET', '/trpc/agencies.list', token),
  },
  {
    name: 'trpc agencies.register',
    expect: adminRoute('operator'),
    request: (t, token) =>
      call(t, 'POST', '/trpc/agencies.register', token, {
        agency: {
          id: 'rs.csw.kragujevac',
          name: 'Centre for Social Work Kragujevac',
          kind: 'csw',
          jurisdiction: 'RS',
          competentAreas: ['kragujevac'],
        },
      }),
  },
  {
    name: 'trpc keys.list',
    expect: adminRoute('dpo', 'operator', 'auditor'),
    request: (t, token) => call(t, 'GET', trpcQuery('keys.list', { agencyId: 'rs.cptv' }), token),
  },
  {
    name: 'trpc keys.revoke',
    expect: adminRoute('operator'),
    request: (t, token) =>
      call(t, 'POST', '/trpc/keys.revoke', token, { fingerprint: 'ab'.repeat(20) }),
  },
  {
    name: 'trpc credentials.issue',
    expect: adminRoute('operator'),
    request: (t, token) =>
      call(t, 'POST', '/trpc/credentials.issue', token, {
        agencyId: 'rs.atina',
        scopes: ['receive'],
      }),
  },
  {
    name: 'trpc deliveries.list',
    expect: adminRoute('dpo', 'operator', 'auditor'),
    request: (t, token) => call(t, 'GET', trpcQuery('deliveries.list', {}), token),
  },
  {
    name: 'trpc deliveries.redeliver',
    expect: adminRoute('operator'),
    request: (t, token) =>
      call(t, 'POST', '/trpc/deliveries.redeliver', token, { messageId, recipient: 'rs.cptv' }),
  },
  {
    name: 'trpc messages.status',
    expect: adminRoute('dpo', 'operator', 'auditor'),
    request: (t, token) => call(t, 'GET', trpcQuery('messages.status', { id: messageId }), token),
  },
  {
    name: 'trpc consents.bySubject',
    expect: adminRoute('dpo', 'auditor'),
    request: (t, token) =>
      call(t, 'GET', trpcQuery('consents.bySubject', { subject: subject() }), token),
  },
];

let t: TestGateway;
const tokens = new Map<Caller, string | undefined>();

beforeAll(async () => {
  t = await startTestGateway();
  const police = await t.agency('rs.police.belgrade-thb');
  tokens.set('none', undefined);
  tokens.set('agency', police.token);
  for (const role of ['dpo', 'operator', 'auditor'] as const) {
    tokens.set(role, t.adminToken(role));
  }
  for (const [caller, scopes] of [
    ['send-only', ['send']],
    ['receive-only', ['receive']],
  ] as const) {
    const issued = await call(t, 'POST', '/trpc/credentials.issue', t.adminToken('operator'), {
      agencyId: 'rs.police.belgrade-thb',
      scopes,
    });
    expect(issued.status).toBe(200);
    tokens.set(caller, issued.body.result.data.token as string);
  }
  const payload = randomPayload();
  const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
  expect(sent.status).toBe(202);
  messageId = sent.body.id as string;
});
afterAll(() => t.close());

describe('authorisation matrix', () => {
  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const verdict = route.expect[caller];
      it(`${route.name} × ${caller} → ${verdict}`, async () => {
        const result = await route.request(t, tokens.get(caller));
        const body = JSON.stringify(result.body);
        if (verdict === 'anon') {
          expect(result.status, body).toBe(401);
          expect(body).toContain('UNAUTHENTICATED');
        } else if (verdict === 'deny') {
          expect(result.status, body).toBe(403);
          expect(body).toContain('FORBIDDEN');
        } else {
          expect([401, 403], body).not.toContain(result.status);
          expect(result.status, body).toBeLessThan(500);
        }
      });
    }
  }

  it('a rotated-out credential stops working at once', async () => {
    const { rotateCredential, authenticateAgency } =
      await import('../../src/store/registry/credentials.js');
    const issued = await call(t, 'POST', '/trpc/credentials.issue', t.adminToken('operator'), {
      agencyId: 'rs.atina',
      scopes: ['receive'],
    });
    const token = issued.body.result.data.token as string;
    expect((await call(t, 'GET', '/v1/inbox', token)).status).toBe(200);
    const fresh = await rotateCredential(t.gw.db, issued.body.result.data.id as string, new Date());
    expect((await call(t, 'GET', '/v1/inbox', token)).status).toBe(401);
    expect((await call(t, 'GET', '/v1/inbox', fresh.token)).status).toBe(200);
    expect(await authenticateAgency(t.gw.db, token)).toBeUndefined();
  });

  it('tokens are stored only as slow hashes', async () => {
    const rows = await t.gw.db.selectFrom('agency_credentials').selectAll().execute();
    const police = await t.agency('rs.police.belgrade-thb');
    const secret = police.token.split('.')[1]!;
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
