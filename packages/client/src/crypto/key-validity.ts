import type { PublicKey } from 'openpgp';
import { GatewayError } from '../errors/index.js';

/** Why a key can or cannot be used at a given time. */
export type KeyValidity = 'valid' | 'revoked' | 'expired' | 'not-yet-valid' | 'invalid';

/**
 * The validity of a key's primary key at `at`: revoked (a revocation signature or an applied
 * revocation certificate), expired, created after `at`, invalid (no valid self-signature), or
 * valid. Time is a parameter so the gateway, the SDK and tests agree on "now".
 */
export async function keyValidityAt(key: PublicKey, at: Date): Promise<KeyValidity> {
  if (await key.isRevoked(undefined, undefined, at)) {
    return 'revoked';
  }
  if (key.getCreationTime().getTime() > at.getTime()) {
    return 'not-yet-valid';
  }
  const expiry = await key.getExpirationTime();
  if (expiry instanceof Date && expiry.getTime() <= at.getTime()) {
    return 'expired';
  }
  try {
    await key.verifyPrimaryKey(at);
  } catch {
    return 'invalid';
  }
  return 'valid';
}

/** Throw the typed error for a key that must be usable at `at` (KEY_REVOKED, KEY_EXPIRED, SIGNATURE_INVALID). */
export async function assertKeyUsable(key: PublicKey, at: Date): Promise<void> {
  const validity = await keyValidityAt(key, at);
  const fingerprint = key.getFingerprint();
  switch (validity) {
    case 'valid':
      return;
    case 'revoked':
      throw new GatewayError('KEY_REVOKED', { message: `Key ${fingerprint} is revoked.` });
    case 'expired':
      throw new GatewayError('KEY_EXPIRED', { message: `Key ${fingerprint} is expired.` });
    case 'not-yet-valid':
      throw new GatewayError('KEY_EXPIRED', { message: `Key ${fingerprint} is not yet valid.` });
    case 'invalid':
      throw new GatewayError('SIGNATURE_INVALID', {
        message: `Key ${fingerprint} has no valid self-signature.`,
      });
  }
}
