/**
 * The one error code table of the gateway (DESIGN.md "Errors"): a stable machine code,
 * its HTTP status and a default human message. Server, client SDK and CLI all use it.
 */
export const ERROR_CODES = {
  SIGNATURE_INVALID: {
    status: 401,
    message: 'The signature does not verify against the registered key.',
  },
  KEY_REVOKED: { status: 401, message: 'The signing key has been revoked.' },
  KEY_EXPIRED: { status: 401, message: 'The signing key is expired or not yet valid.' },
  KEY_UNKNOWN: { status: 401, message: 'The signing key is not registered for this agency.' },
  REPLAY: {
    status: 409,
    message: 'This message was already seen or its timestamp is outside the accepted window.',
  },
  CLOCK_SKEW: {
    status: 422,
    message: "The message's createdAt is too far from the gateway clock; check the sender's clock.",
  },
  ID_CONFLICT: { status: 409, message: 'A different message with this id was already accepted.' },
  ALREADY_ACKNOWLEDGED: {
    status: 409,
    message: 'The recipient already acknowledged this message; it can no longer be rejected.',
  },
  ROUTE_FORBIDDEN: {
    status: 403,
    message: 'The routing policy does not allow this message to these recipients.',
  },
  CONSENT_MISSING: { status: 403, message: 'No consent or lawful basis covers this disclosure.' },
  SCHEMA_INVALID: { status: 422, message: 'The input does not match the schema.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'Unsupported content type; send application/json (or multipart/form-data to submit).',
  },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed here.' },
  DECRYPTION_FAILED: {
    status: 422,
    message: 'The message cannot be decrypted with the given key.',
  },
  DIGEST_MISMATCH: { status: 422, message: 'The payload digest does not match the payload.' },
  UNAUTHENTICATED: { status: 401, message: 'Missing or invalid credentials.' },
  FORBIDDEN: { status: 403, message: 'The credentials do not allow this action.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry later.' },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  UNKNOWN_TYPE: { status: 422, message: 'Unknown message type.' },
  UNKNOWN_VERSION: { status: 422, message: 'Unknown message type version.' },
  BAD_REQUEST: { status: 400, message: 'The request is malformed.' },
  // Raised by the client SDK, never by the gateway: the request did not reach it.
  GATEWAY_UNREACHABLE: { status: 503, message: 'The gateway could not be reached.' },
  LOG_NOT_VERIFIED: {
    status: 503,
    message:
      'The transparency log does not match its signed heads; it was edited outside the gateway.',
  },
  FORK_DETECTED: {
    status: 502,
    message: 'The gateway showed a log that is not an extension of a checkpoint it signed before.',
  },
  INTERNAL: { status: 500, message: 'Internal error.' },
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable machine error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** All codes, for exhaustive tests and schema enums. */
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** Type guard for codes read from the wire. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
