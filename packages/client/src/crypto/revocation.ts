import { revokeKey, type PrivateKey, type PublicKey } from 'openpgp';
import { GatewayError } from '../errors/index.js';

/** Reasons an agency gives when revoking a key (RFC 9580 §5.2.3.31). */
export type RevocationReason = 'compromised' | 'superseded' | 'retired';

const REASON_FLAG = { compromised: 2, superseded: 1, retired: 3 } as const;

/**
 * Revoke an agency key with its private key, e.g. at rotation (`superseded`) or after a
 * compromise. Returns the revoked public key, armored, to publish to the gateway.
 */
export async function revokeWithPrivateKey(
  privateKey: PrivateKey,
  reason: RevocationReason,
  at: Date,
  description = '',
): Promise<string> {
  const { publicKey } = await revokeKey({
    key: privateKey,
    reasonForRevocation: { flag: REASON_FLAG[reason], string: description },
    date: at,
    format: 'armored',
  });
  return publicKey;
}

/**
 * Apply a revocation certificate (made at key generation and kept offline) to a public key:
 * the way to revoke when the private key is lost. A certificate for another key is rejected.
 */
export async function applyRevocationCertificate(
  publicKey: PublicKey,
  revocationCertificate: string,
): Promise<string> {
  try {
    const { publicKey: revoked } = await revokeKey({
      key: publicKey,
      revocationCertificate,
      format: 'armored',
    });
    return revoked;
  } catch (cause) {
    throw new GatewayError('SIGNATURE_INVALID', {
      message: 'The revocation certificate does not belong to this key.',
      cause,
    });
  }
}

/**
 * Make a revocation certificate for a key without revoking it yet: to be stored offline
 * (e.g. printed) so the agency can revoke even after losing the private key.
 */
export async function createRevocationCertificate(
  privateKey: PrivateKey,
  reason: RevocationReason,
  at: Date,
  description = '',
): Promise<string> {
  const { privateKey: revoked } = await revokeKey({
    key: privateKey,
    reasonForRevocation: { flag: REASON_FLAG[reason], string: description },
    date: at,
    format: 'object',
  });
  const certificate = (await revoked.getRevocationCertificate(at)) as unknown;
  if (typeof certificate !== 'string') {
    throw new GatewayError('INTERNAL', { message: 'openpgp produced no revocation certificate.' });
  }
  return certificate;
}
