import type { PrivateKey, PublicKey } from 'openpgp';
import {
  generateAgencyKey,
  normaliseFingerprint,
  readAgencyPrivateKey,
  readPublicKeys,
  signDetached,
  verifyDetached,
} from '@nrm/client/crypto';
import { GatewayError, toGatewayError } from '@nrm/client/errors';

/**
 * The server's view of the OpenPGP core (`src/crypto/`): one registered key per fingerprint,
 * errors carrying the request path they concern. Fingerprints are lower-case hex.
 */
export { normaliseFingerprint, signDetached };

/** Read exactly one armored public key; a private key, several keys or garbage is a BAD_REQUEST. */
export async function readPublicKey(
  armored: string,
): Promise<{ key: PublicKey; fingerprint: string }> {
  if (armored.includes('PRIVATE KEY BLOCK')) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'A private key was sent where a public key belongs.',
      path: 'publicKey',
    });
  }
  const keys = await readPublicKeys(armored).catch((cause: unknown) => {
    throw new GatewayError('BAD_REQUEST', {
      message: 'Not an armored OpenPGP public key.',
      path: 'publicKey',
      cause,
    });
  });
  const [key] = keys;
  if (key === undefined || keys.length !== 1) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'Exactly one public key is expected.',
      path: 'publicKey',
    });
  }
  return { key, fingerprint: normaliseFingerprint(key.getFingerprint()) };
}

/**
 * Verify an armored detached signature over exact bytes with one registered key at an instant.
 * Malformed armor, altered bytes or a signature by another key are SIGNATURE_INVALID; a key
 * that OpenPGP itself marks revoked or expired keeps that code.
 */
export async function verifyDetachedSignature(
  bytes: Uint8Array,
  armoredSignature: string,
  armoredPublicKey: string,
  at: Date,
  path = 'envelopeSignature',
): Promise<void> {
  try {
    const keys = await readPublicKeys(armoredPublicKey);
    await verifyDetached(bytes, armoredSignature, keys, at);
  } catch (cause) {
    const error = toGatewayError(cause);
    const code =
      error.code === 'KEY_REVOKED' || error.code === 'KEY_EXPIRED'
        ? error.code
        : 'SIGNATURE_INVALID';
    throw new GatewayError(code, { path, cause });
  }
}

/** Generate an agency (or gateway) key pair whose user id is the agency id. */
export async function generateKeyPair(
  userId: string,
  at: Date,
): Promise<{ privateKey: string; publicKey: string; fingerprint: string }> {
  const pair = await generateAgencyKey({ agencyId: userId, at });
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    fingerprint: normaliseFingerprint(pair.fingerprint),
  };
}

/** Read an unencrypted armored private key (the gateway key in the data dir). */
export function readPrivateKey(armored: string): Promise<PrivateKey> {
  return readAgencyPrivateKey(armored);
}
