import {
  decryptKey,
  generateKey,
  readKey,
  readKeys,
  readPrivateKey,
  type PrivateKey,
  type PublicKey,
} from 'openpgp';
import { GatewayError } from '../errors/index.js';

/** Options for {@link generateAgencyKey}. */
export interface GenerateAgencyKeyOptions {
  /** The agency id (`rs.cptv`); it becomes the key's user id so `gpg -r rs.cptv` finds it. */
  agencyId: string;
  /** Creation time of the key and its self-signatures. */
  at: Date;
  /** Validity in seconds from `at`; omitted or 0 = no expiry. */
  validForSeconds?: number;
  /** Protect the private key with a passphrase. */
  passphrase?: string;
}

/** A freshly generated agency key pair, armored, with its revocation certificate. */
export interface AgencyKeyPair {
  privateKey: string;
  publicKey: string;
  /** Kept offline: applying it revokes the key even when the private key is lost. */
  revocationCertificate: string;
  /** Lower-case hex fingerprint of the primary key. */
  fingerprint: string;
}

/**
 * Generate an agency key: a v4 EdDSA (ed25519) primary key for certifying and signing and a
 * cv25519 ECDH subkey for encryption. v4 and the "legacy" 25519 algorithms are what GnuPG 2.2
 * understands, so a foreign partner with plain `gpg` can use our keys and we theirs.
 */
export async function generateAgencyKey(options: GenerateAgencyKeyOptions): Promise<AgencyKeyPair> {
  const { privateKey, publicKey, revocationCertificate } = await generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name: options.agencyId }],
    date: options.at,
    keyExpirationTime: options.validForSeconds ?? 0,
    format: 'armored',
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    config: { v6Keys: false },
  });
  const key = await readKey({ armoredKey: publicKey });
  return { privateKey, publicKey, revocationCertificate, fingerprint: key.getFingerprint() };
}

/** Normalise a fingerprint for comparison: lower-case hex, no spaces. */
export function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/\s+/g, '').toLowerCase();
}

/** The lower-case hex fingerprint of a key's primary key. */
export function fingerprintOf(key: PublicKey): string {
  return key.getFingerprint();
}

/** Read one or more armored public keys (a key block may hold several). */
export async function readPublicKeys(armored: string): Promise<PublicKey[]> {
  try {
    const keys = await readKeys({ armoredKeys: armored });
    return keys.map((key) => (key.isPrivate() ? key.toPublic() : key));
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'The text is not a valid OpenPGP public key.',
      cause,
    });
  }
}

/** Read an armored private key, unlocking it when a passphrase is given. */
export async function readAgencyPrivateKey(
  armored: string,
  passphrase?: string,
): Promise<PrivateKey> {
  let key: PrivateKey;
  try {
    key = await readPrivateKey({ armoredKey: armored });
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'The text is not a valid OpenPGP private key.',
      cause,
    });
  }
  if (key.isDecrypted()) {
    return key;
  }
  if (passphrase === undefined) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'The private key is locked; a passphrase is required.',
    });
  }
  try {
    return await decryptKey({ privateKey: key, passphrase });
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'The passphrase does not unlock the private key.',
      cause,
    });
  }
}
