import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '@nrm/client/errors';
import { fromTrpcError } from './admin-client.js';

function trpcError(data: Record<string, unknown>): TRPCClientError<never> {
  return TRPCClientError.from({
    error: { message: 'Requires one of the roles: operator.', code: -32003, data },
  });
}

describe('fromTrpcError', () => {
  it('turns the gateway code carried in data into a GatewayError with message and path', () => {
    const error = fromTrpcError(trpcError({ gatewayCode: 'FORBIDDEN', path: 'agencyId' }));
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Requires one of the roles: operator.',
      path: 'agencyId',
    });
  });

  it('leaves anything else as it was', () => {
    const plain = new Error('socket hang up');
    expect(fromTrpcError(plain)).toBe(plain);
    const unknownCode = trpcError({ gatewayCode: 'NOPE' });
    expect(fromTrpcError(unknownCode)).toBe(unknownCode);
  });

  it('a request that got no answer is GATEWAY_UNREACHABLE naming the gateway', () => {
    const network = new TRPCClientError('fetch failed', {
      cause: new TypeError('fetch failed', {
        cause: new Error('connect ECONNREFUSED 127.0.0.1:9'),
      }),
    });
    expect(fromTrpcError(network, 'http://127.0.0.1:9')).toMatchObject({
      code: 'GATEWAY_UNREACHABLE',
      message: 'Cannot reach the gateway at http://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9.',
    });
  });
});
