import { createMessage, decrypt, encrypt, type PrivateKey, type PublicKey } from 'openpgp';
import { GatewayError } from '../errors/index.js';
import { readAnyMessage } from './armor.js';
import { assertKeyUsable } from './key-validity.js';
import { firstValidSigner, type SignatureCheck, type VerifiedSigner } from './signer-check.js';

/** Options for {@link seal}. */
export interface SealOptions {
  /** Time of sealing: keys must be valid then; it is also the signature time. */
  at: Date;
}

/**
 * Seal a payload (ADR 0002): one OpenPGP message encrypted to every recipient's key and
 * signed by the sender, as binary packets. Keys revoked or expired at `at` are refused
 * (KEY_REVOKED / KEY_EXPIRED) rather than silently skipped.
 */
export async function seal(
  payload: Uint8Array,
  recipientKeys: readonly PublicKey[],
  senderKey: PrivateKey,
  options: SealOptions,
): Promise<Uint8Array> {
  if (recipientKeys.length === 0) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'A sealed payload needs at least one recipient key.',
    });
  }
  await assertKeyUsable(senderKey, options.at);
  for (const key of recipientKeys) {
    await assertKeyUsable(key, options.at);
  }
  const message = await createMessage({ binary: payload, date: options.at });
  // The declared return type names a dev-only stream package; for non-stream input it is bytes.
  return (await encrypt({
    message,
    encryptionKeys: [...recipientKeys],
    signingKeys: senderKey,
    format: 'binary',
    date: options.at,
  })) as Uint8Array;
}

/** A payload opened by its recipient. */
export interface OpenedPayload extends VerifiedSigner {
  plaintext: Uint8Array;
}

/** Options for {@link open}. */
export interface OpenOptions {
  /** Verification time: the sender key must be valid then. */
  at: Date;
}

/**
 * Open a sealed payload: decrypt with the recipient's private key (or any of several, e.g. the
 * current and a retired key during a rotation) and require a valid
 * signature by one of the sender's keys. Throws DECRYPTION_FAILED (not OpenPGP, not for this
 * key), SIGNATURE_INVALID (unsigned or bad signature), KEY_UNKNOWN, KEY_REVOKED, KEY_EXPIRED.
 */
export async function open(
  ciphertext: Uint8Array,
  recipientKey: PrivateKey | readonly PrivateKey[],
  senderKeys: readonly PublicKey[],
  options: OpenOptions,
): Promise<OpenedPayload> {
  let decrypted: { data: Uint8Array; signatures: SignatureCheck[] };
  try {
    const message = await readAnyMessage(ciphertext);
    decrypted = await decrypt({
      message,
      decryptionKeys: Array.isArray(recipientKey)
        ? [...(recipientKey as readonly PrivateKey[])]
        : (recipientKey as PrivateKey),
      verificationKeys: [...senderKeys],
      expectSigned: false,
      format: 'binary',
      date: options.at,
    });
  } catch (cause) {
    throw new GatewayError('DECRYPTION_FAILED', { cause });
  }
  const signer = await firstValidSigner(decrypted.signatures, senderKeys, options.at);
  return { plaintext: decrypted.data, ...signer };
}
