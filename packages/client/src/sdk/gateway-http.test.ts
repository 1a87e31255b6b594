import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayError } from '../errors/index.js';
import { GatewayHttp } from './gateway-http.js';
import {
  startTestHttpServer,
  type Handler,
  type TestHttpServer,
} from './__fixtures__/http-server.js';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(handler: Handler): Promise<GatewayHttp> {
  server = await startTestHttpServer(handler);
  return new GatewayHttp({ baseUrl: `${server.url}/`, token: 'nrm_abc.secret' });
}

describe('GatewayHttp', () => {
  it('calls each route of the contract with the bearer token and parses the answers', async () => {
    const http = await client((request) => {
      if (request.method === 'POST' && request.url === '/v1/messages') {
        return [
          202,
          {
            id: 'm1',
            status: 'accepted',
            recipients: [],
            receipt: { receipt: 'cg==', signature: 'sig' },
          },
        ];
      }
      if (request.url === '/v1/inbox?limit=5') {
        return [
          200,
          { messages: [{ id: 'm1', envelope: 'ZQ==', envelopeSignature: 's', payload: 'cA==' }] },
        ];
      }
      if (request.url === '/v1/messages/m1/ack') {
        return [200, { id: 'm1', recipient: 'rs.cptv', status: 'acknowledged' }];
      }
      if (request.url === '/v1/messages/m1/status') {
        return [
          200,
          { id: 'm1', recipients: [{ agency: 'rs.cptv', status: 'delivered', attempts: 1 }] },
        ];
      }
      if (request.url === '/v1/keys/rs.cptv') {
        return [
          200,
          {
            agencyId: 'rs.cptv',
            keys: [
              {
                fingerprint: 'f',
                publicKey: 'k',
                validFrom: '2026-01-01T00:00:00Z',
                state: 'valid',
              },
            ],
          },
        ];
      }
      return [404, { error: { code: 'NOT_FOUND', message: 'Not found.' } }];
    });
    expect(
      await http.submit({ envelope: 'ZQ==', envelopeSignature: 's', payload: 'cA==' }),
    ).toMatchObject({ id: 'm1', receipt: { receipt: 'cg==' } });
    expect(await http.inbox(5)).toHaveLength(1);
    expect(await http.acknowledge('m1', { receipt: 'cg==', receiptSignature: 's' })).toMatchObject({
      status: 'acknowledged',
    });
    expect((await http.status('m1')).recipients[0]).toMatchObject({
      agency: 'rs.cptv',
      status: 'delivered',
      attempts: 1,
    });
    expect((await http.keys('rs.cptv')).keys[0]!.fingerprint).toBe('f');
    expect(
      server!.requests.every((request) => request.authorization === 'Bearer nrm_abc.secret'),
    ).toBe(true);
    expect(server!.requests[0]!.body).toEqual({
      envelope: 'ZQ==',
      envelopeSignature: 's',
      payload: 'cA==',
    });
  });

  it("turns an error body into a GatewayError with the server's code, message and path", async () => {
    const http = await client(() => [
      403,
      { error: { code: 'ROUTE_FORBIDDEN', message: 'CHILD_REFERRAL_INCLUDES_CSW: …', path: 'to' } },
    ]);
    await expect(
      http.submit({ envelope: '', envelopeSignature: '', payload: '' }),
    ).rejects.toMatchObject({
      code: 'ROUTE_FORBIDDEN',
      status: 403,
      message: 'CHILD_REFERRAL_INCLUDES_CSW: …',
      path: 'to',
    });
  });

  it('maps an error without a body by its status', async () => {
    const http = await client(() => [429, '']);
    await expect(http.inbox(1)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('refuses a success body that does not match the contract', async () => {
    const http = await client(() => [200, { unexpected: true }]);
    await expect(http.keys('rs.cptv')).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('unexpected body'),
    });
  });

  it('turns a network failure into GATEWAY_UNREACHABLE naming the URL and the cause', async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const http = new GatewayHttp({ baseUrl: `http://127.0.0.1:${port}`, token: 't' });
    const failure = http.inbox(1);
    await expect(failure).rejects.toBeInstanceOf(GatewayError);
    await expect(failure).rejects.toMatchObject({
      code: 'GATEWAY_UNREACHABLE',
      message: expect.stringMatching(
        new RegExp(
          `^Cannot reach the gateway at http://127\\.0\\.0\\.1:${port}/v1/inbox\\?limit=1: .*ECONNREFUSED`,
        ),
      ) as unknown,
    });
  });
});
