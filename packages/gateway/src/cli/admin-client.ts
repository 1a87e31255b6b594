import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { GatewayRouter } from '../api/trpc-router.js';
import { unreachableError } from '@nrm/client';
import { GatewayError, isErrorCode } from '@nrm/client/errors';

/** The operator's typed client of the gateway's admin tRPC router (`/trpc`). */
export function adminClient(gatewayUrl: string, adminToken: string) {
  return createTRPCClient<GatewayRouter>({
    links: [
      httpLink({
        url: `${gatewayUrl.replace(/\/+$/, '')}/trpc`,
        headers: { authorization: `Bearer ${adminToken}` },
      }),
    ],
  });
}

/**
 * A tRPC client error as the gateway's error: the stable code travels in `data.gatewayCode`;
 * a request that never got an answer is GATEWAY_UNREACHABLE naming `gatewayUrl`.
 */
export function fromTrpcError(error: unknown, gatewayUrl?: string): unknown {
  if (!(error instanceof TRPCClientError)) {
    return error;
  }
  const data = (error as TRPCClientError<GatewayRouter>).data as
    { gatewayCode?: unknown; path?: unknown } | undefined;
  const code = data?.gatewayCode;
  if (data === undefined && error.cause instanceof Error && gatewayUrl !== undefined) {
    return unreachableError(gatewayUrl, error.cause);
  }
  if (!isErrorCode(code)) {
    return error;
  }
  return new GatewayError(code, {
    message: error.message,
    ...(typeof data?.path === 'string' ? { path: data.path } : {}),
    cause: error,
  });
}
