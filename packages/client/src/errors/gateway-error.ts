import { ERROR_CODES, isErrorCode, type ErrorCode } from './codes.js';

/** Options for {@link GatewayError}. */
export interface GatewayErrorOptions {
  /** Human message; defaults to the code's message. */
  message?: string;
  /** Offending path for schema errors, e.g. `envelope.to.0`. */
  path?: string;
  /** The underlying error, kept for logs only, never sent to a client. */
  cause?: unknown;
  /** CONSENT_MISSING: every refused recipient of the message, not only the first. */
  refused?: readonly RefusedRecipient[];
  /** For RATE_LIMITED: seconds until a retry can succeed (the Retry-After header). */
  retryAfterSeconds?: number;
}

/** One recipient a submission was refused for, with its stable detail code. */
export interface RefusedRecipient {
  agency: string;
  /** `envelope.to.<index>` */
  path: string;
  /** The consent/policy detail code (`discloser-not-covered`, `category-not-covered`, …). */
  detail: string;
  message: string;
}

/** The wire shape of every error response: `{ error: { code, message, path? } }`. */
export interface GatewayErrorBody {
  code: ErrorCode;
  message: string;
  path?: string;
  refused?: RefusedRecipient[];
}

/**
 * The one error class of the gateway: a stable `code`, its HTTP `status`, a human
 * `message` and, for schema errors, the offending `path`.
 */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly path: string | undefined;
  readonly refused: readonly RefusedRecipient[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, options: GatewayErrorOptions = {}) {
    super(
      options.message ?? ERROR_CODES[code].message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'GatewayError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.path = options.path;
    this.refused = options.refused;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** The client-safe body: no stack, no cause. */
  toJSON(): GatewayErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.refused === undefined ? {} : { refused: [...this.refused] }),
    };
  }
}

function isRefusedRecipient(value: unknown): value is RefusedRecipient {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['agency', 'path', 'detail', 'message'].every(
      (key) => typeof (value as Record<string, unknown>)[key] === 'string',
    )
  );
}

function hasProp<K extends string>(value: object, key: K): value is Record<K, unknown> {
  return key in value;
}

/**
 * Normalise anything thrown into a {@link GatewayError}. Known shapes (a GatewayError, a
 * wire error body `{code,message,path}`, fastify's body-limit/validation/rate-limit errors)
 * keep their meaning; everything else becomes INTERNAL with a generic message, so no
 * internal detail or stack ever reaches a client.
 */
export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) {
    return error;
  }
  if (typeof error === 'object' && error !== null) {
    if (hasProp(error, 'code') && isErrorCode(error.code) && error.code !== 'INTERNAL') {
      const options: GatewayErrorOptions = { cause: error };
      if (
        hasProp(error, 'message') &&
        typeof error.message === 'string' &&
        !(error instanceof Error)
      ) {
        options.message = error.message;
      }
      if (hasProp(error, 'path') && typeof error.path === 'string') {
        options.path = error.path;
      }
      if (hasProp(error, 'refused') && Array.isArray(error.refused)) {
        options.refused = error.refused.filter(isRefusedRecipient);
      }
      return new GatewayError(error.code, options);
    }
    const code = hasProp(error, 'code') ? error.code : undefined;
    const statusCode = hasProp(error, 'statusCode') ? error.statusCode : undefined;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) {
      return new GatewayError('PAYLOAD_TOO_LARGE', { cause: error });
    }
    if (statusCode === 429) {
      return new GatewayError('RATE_LIMITED', { cause: error });
    }
    if (statusCode === 404) {
      return new GatewayError('NOT_FOUND', { cause: error });
    }
    if (statusCode === 405) {
      return new GatewayError('METHOD_NOT_ALLOWED', { cause: error });
    }
    if (statusCode === 415) {
      return new GatewayError('UNSUPPORTED_MEDIA_TYPE', { cause: error });
    }
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      // Fastify's own 4xx (bad JSON, unsupported media type, …): safe to say it is malformed.
      return new GatewayError('BAD_REQUEST', { cause: error });
    }
  }
  return new GatewayError('INTERNAL', { cause: error });
}
