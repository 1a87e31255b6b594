import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { GatewayRouter } from '../api/trpc-router.js';
import { GatewayError, isErrorCode } from '../errors/index.js';

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

/** A tRPC client error as the gateway's error: the stable code travels in `data.gatewayCode`. */
export function fromTrpcError(error: unknown): unknown {
  if (!(error instanceof TRPCClientError)) {
    return error;
  }
  const data = (error as TRPCClientError<GatewayRouter>).data as
    { gatewayCode?: unknown; path?: unknown } | undefined;
  const code = data?.gatewayCode;
  if (!isErrorCode(code)) {
    return error;
  }
  return new GatewayError(code, {
    message: error.message,
    ...(typeof data?.path === 'string' ? { path: data.path } : {}),
    cause: error,
  });
}
