import { createTRPCClient, httpLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import type { GatewayRouter } from '@nrm/gateway';

/** The admin router, typed by the gateway's own router type (a type-only import). */
export type GatewayClient = TRPCClient<GatewayRouter>;

/** A client of this origin's /trpc sending the admin token as a bearer header, never in a URL. */
export function gatewayClient(token: string): GatewayClient {
  return createTRPCClient<GatewayRouter>({
    links: [
      httpLink({
        url: new URL('/trpc', window.location.origin).toString(),
        headers: { authorization: `Bearer ${token}` },
      }),
    ],
  });
}

/** A refusal as the gateway states it: its stable code, message and the offending path. */
export interface Refusal {
  code: string;
  message: string;
  path?: string;
}

export function refusalOf(error: unknown): Refusal {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<GatewayRouter>).data as
      { gatewayCode?: unknown; path?: unknown } | undefined;
    if (data === undefined || data === null) {
      return { code: 'GATEWAY_UNREACHABLE', message: error.message };
    }
    return {
      code: typeof data.gatewayCode === 'string' ? data.gatewayCode : 'INTERNAL',
      message: error.message,
      ...(typeof data.path === 'string' ? { path: data.path } : {}),
    };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
