import type { KeyID, PublicKey, Signature } from 'openpgp';
import { GatewayError } from '../errors/index.js';
import { assertKeyUsable } from './key-validity.js';

/** A signature that verified: who signed (primary key fingerprint) and when. */
export interface VerifiedSigner {
  /** Lower-case hex fingerprint of the signer's primary key. */
  signerFingerprint: string;
  /** The signature's creation time. */
  signedAt: Date;
}

/** The per-signature result openpgp returns from `verify` and `decrypt`. */
export interface SignatureCheck {
  keyID: KeyID;
  verified: Promise<boolean>;
  signature: Promise<Signature>;
}

/**
 * Pick the first signature that verifies against one of `keys`, after checking that key is
 * neither revoked nor expired at `at`. When none does, the most specific reason wins:
 * KEY_REVOKED / KEY_EXPIRED over SIGNATURE_INVALID over KEY_UNKNOWN.
 */
export async function firstValidSigner(
  checks: readonly SignatureCheck[],
  keys: readonly PublicKey[],
  at: Date,
): Promise<VerifiedSigner> {
  // openpgp creates the promises eagerly; handle them all so an unchecked one never goes unhandled.
  for (const check of checks) {
    check.verified.catch(() => undefined);
    check.signature.catch(() => undefined);
  }
  if (checks.length === 0) {
    throw new GatewayError('SIGNATURE_INVALID', { message: 'The data is not signed.' });
  }
  const failures: GatewayError[] = [];
  for (const check of checks) {
    const key = keys.find((candidate) => candidate.getKeys(check.keyID).length > 0);
    if (key === undefined) {
      failures.push(
        new GatewayError('KEY_UNKNOWN', {
          message: `Signed by key id ${check.keyID.toHex()}, which is not among the expected keys.`,
        }),
      );
      continue;
    }
    try {
      await assertKeyUsable(key, at);
    } catch (error) {
      failures.push(error as GatewayError);
      continue;
    }
    try {
      await check.verified;
      const signature = await check.signature;
      const created = signature.packets[0]?.created ?? null;
      return { signerFingerprint: key.getFingerprint(), signedAt: created ?? at };
    } catch (cause) {
      failures.push(
        new GatewayError('SIGNATURE_INVALID', {
          message: `The signature by ${key.getFingerprint()} does not verify.`,
          cause,
        }),
      );
    }
  }
  throw mostSpecific(failures);
}

const PRIORITY = ['KEY_REVOKED', 'KEY_EXPIRED', 'SIGNATURE_INVALID', 'KEY_UNKNOWN'] as const;

function mostSpecific(failures: readonly GatewayError[]): GatewayError {
  for (const code of PRIORITY) {
    const found = failures.find((failure) => failure.code === code);
    if (found !== undefined) {
      return found;
    }
  }
  return failures[0] ?? new GatewayError('SIGNATURE_INVALID');
}
