import type { ErrorCode } from './codes.js';

/**
 * The codes a recipient may reject a message with: the checks the client SDK runs on every
 * received message (`openReceived`) — signature and key state, digest, decryption, schema
 * (including undeclared data categories), type and version, size, and a message not
 * addressed to the caller. Transient failures (network, rate limits) are never a rejection.
 */
export const REJECTION_CODES = [
  'SIGNATURE_INVALID',
  'KEY_REVOKED',
  'KEY_EXPIRED',
  'KEY_UNKNOWN',
  'DIGEST_MISMATCH',
  'DECRYPTION_FAILED',
  'SCHEMA_INVALID',
  'UNKNOWN_TYPE',
  'UNKNOWN_VERSION',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN',
] as const satisfies readonly ErrorCode[];
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** Whether a client-side check failure is a reason to reject the message for good. */
export function isRejectionCode(code: string): code is RejectionCode {
  return (REJECTION_CODES as readonly string[]).includes(code);
}
