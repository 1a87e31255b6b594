import {
  createMessage,
  readSignature,
  sign,
  verify,
  type PrivateKey,
  type PublicKey,
  type Signature,
} from 'openpgp';
import { GatewayError } from '../errors/index.js';
import { firstValidSigner, type VerifiedSigner } from './signer-check.js';

/**
 * An ASCII-armored detached signature over the exact bytes (ADR 0002): what
 * `gpg --armor --detach-sign envelope.json` produces, so either side can make or check it.
 */
export async function signDetached(
  bytes: Uint8Array,
  privateKey: PrivateKey,
  at: Date,
): Promise<string> {
  const message = await createMessage({ binary: bytes, date: at });
  // The declared return type names a dev-only stream package; for non-stream input it is a string.
  return (await sign({
    message,
    signingKeys: privateKey,
    detached: true,
    format: 'armored',
    date: at,
  })) as string;
}

/**
 * Verify a detached armored signature over `bytes` against `publicKeys` at time `at`.
 * Returns the signer; throws SIGNATURE_INVALID (malformed, wrong bytes, bad signature),
 * KEY_UNKNOWN (signed by another key), KEY_REVOKED or KEY_EXPIRED.
 */
export async function verifyDetached(
  bytes: Uint8Array,
  armoredSignature: string,
  publicKeys: readonly PublicKey[],
  at: Date,
): Promise<VerifiedSigner> {
  let signature: Signature;
  try {
    signature = await readSignature({ armoredSignature });
  } catch (cause) {
    throw new GatewayError('SIGNATURE_INVALID', {
      message: 'The signature is not a valid armored OpenPGP signature.',
      cause,
    });
  }
  if (publicKeys.length === 0) {
    throw new GatewayError('KEY_UNKNOWN', { message: 'No key to verify the signature against.' });
  }
  const message = await createMessage({ binary: bytes });
  const result = await verify({
    message,
    signature,
    verificationKeys: [...publicKeys],
    date: at,
    format: 'binary',
    expectSigned: false,
  });
  return firstValidSigner(result.signatures, publicKeys, at);
}
