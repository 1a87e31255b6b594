import type { TRPCError } from '@trpc/server';
import type { ErrorCode } from '@nrm/client/errors';
import { GatewayError, toGatewayError, errorPath } from '@nrm/client/errors';

// tRPC's own refusals (no procedure, wrong method, wrong media type, unparsable input) in
// the gateway's codes and words, so an admin client sees one error model on both APIs.
const BY_TRPC_CODE: Partial<Record<TRPCError['code'], ErrorCode>> = {
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_SUPPORTED: 'METHOD_NOT_ALLOWED',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PARSE_ERROR: 'BAD_REQUEST',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
};

interface Issue {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message?: string;
  code?: string;
  keys?: readonly string[];
}

function issuesOf(cause: unknown): readonly Issue[] | undefined {
  if (typeof cause === 'object' && cause !== null && 'issues' in cause) {
    const { issues } = cause;
    return Array.isArray(issues) ? (issues as Issue[]) : undefined;
  }
  return undefined;
}

/** An input that failed its schema: SCHEMA_INVALID at the first issue's path under `input`. */
function inputError(issues: readonly Issue[]): GatewayError {
  const issue = issues[0];
  const segments = (issue?.path ?? []).map((p) => (typeof p === 'object' ? p.key : p));
  if (issue?.code === 'unrecognized_keys') {
    return new GatewayError('SCHEMA_INVALID', {
      message: 'Unknown member; this input allows only the members its schema names.',
      path: errorPath('input', [...segments, issue.keys?.[0] ?? '']),
    });
  }
  return new GatewayError('SCHEMA_INVALID', {
    message: issue?.message ?? 'The input does not match the schema.',
    path: errorPath('input', segments),
  });
}

/** The gateway error a tRPC error stands for. */
export function gatewayErrorOfTrpc(error: TRPCError): GatewayError {
  if (error.cause instanceof GatewayError) {
    return error.cause;
  }
  const issues = issuesOf(error.cause);
  if (issues !== undefined) {
    return inputError(issues);
  }
  const code = BY_TRPC_CODE[error.code];
  if (code !== undefined) {
    // tRPC's own messages can repeat the URL or body ("No procedure found on path …").
    return new GatewayError(code, { cause: error });
  }
  return toGatewayError(error.cause);
}
