import { createHash } from 'node:crypto';

/** `sha256:` + 64 lower-case hex: the form of `payloadDigest` in `nrm.envelope` v1 (ADR 0002). */
export type Sha256Digest = `sha256:${string}`;

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** SHA-256 of the exact bytes, as `sha256:<hex>`. The payload digest is over the ciphertext as submitted. */
export function sha256Digest(bytes: Uint8Array): Sha256Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** True when `value` is a well-formed digest string. */
export function isSha256Digest(value: string): value is Sha256Digest {
  return DIGEST_PATTERN.test(value);
}
