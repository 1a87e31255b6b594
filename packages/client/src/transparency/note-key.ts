import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { GatewayError } from '../errors/index.js';

// C2SP signed-note (https://c2sp.org/signed-note) Ed25519 keys: the key id is the first four
// bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), and a verifier key is published as
// `name+hex(id)+base64(0x01 ‖ public key)` — the form Go's golang.org/x/mod/sumdb/note reads.

/** The signed-note algorithm byte of Ed25519. */
const ALG_ED25519 = 0x01;

/** A key name: non-empty, no whitespace, no `+` (the verifier key separator). */
export function isNoteKeyName(name: string): boolean {
  return /^[\x21-\x2a\x2c-\x7e]+$/.test(name) && name.length <= 255;
}

/** The 4-byte key id of an Ed25519 note key. */
export function noteKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  return createHash('sha256')
    .update(`${name}\n`)
    .update(Uint8Array.of(ALG_ED25519))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

/** A note verifier: the key name, its id and the raw 32-byte Ed25519 public key. */
export interface NoteVerifier {
  name: string;
  keyId: Uint8Array;
  publicKey: Uint8Array;
  /** `name+hash+base64key`. */
  verifierKey: string;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

/** A note signer: the verifier plus the private key. */
export interface NoteSigner extends NoteVerifier {
  sign(message: Uint8Array): Uint8Array;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function rawPublicKey(key: KeyObject): Uint8Array {
  const der = key.export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(SPKI_ED25519_PREFIX.length));
}

function verifierOf(name: string, publicKey: Uint8Array): NoteVerifier {
  if (!isNoteKeyName(name)) {
    throw new GatewayError('BAD_REQUEST', {
      message: `"${name}" is not a note key name (no spaces, no "+").`,
      path: 'name',
    });
  }
  const keyId = noteKeyId(name, publicKey);
  const keyObject = createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]),
    format: 'der',
    type: 'spki',
  });
  const verifierKey = `${name}+${Buffer.from(keyId).toString('hex')}+${Buffer.from(
    Uint8Array.of(ALG_ED25519, ...publicKey),
  ).toString('base64')}`;
  return {
    name,
    keyId,
    publicKey,
    verifierKey,
    verify: (message, signature) =>
      signature.length === 64 && verify(null, message, keyObject, signature),
  };
}

/** A signer from an Ed25519 private key object. */
export function noteSigner(name: string, privateKey: KeyObject): NoteSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new GatewayError('BAD_REQUEST', { message: 'A note key is an Ed25519 key.' });
  }
  const verifier = verifierOf(name, rawPublicKey(createPublicKey(privateKey)));
  return { ...verifier, sign: (message) => new Uint8Array(sign(null, message, privateKey)) };
}

/** Read a published verifier key `name+hash+base64key`; its hash must match. */
export function parseVerifierKey(text: string): NoteVerifier {
  const invalid = (why: string) =>
    new GatewayError('BAD_REQUEST', {
      message: `The note verifier key is invalid: ${why}.`,
      path: 'verifierKey',
    });
  // Split at the first two '+' only: the base64 key may itself contain '+'.
  const trimmed = text.trim();
  const first = trimmed.indexOf('+');
  const second = trimmed.indexOf('+', first + 1);
  if (first < 0 || second < 0) {
    throw invalid('it is name+hash+key');
  }
  const name = trimmed.slice(0, first);
  const hashHex = trimmed.slice(first + 1, second);
  const keyBase64 = trimmed.slice(second + 1);
  if (!/^[0-9a-f]{8}$/.test(hashHex) || !/^[A-Za-z0-9+/]+={0,2}$/.test(keyBase64)) {
    throw invalid('the hash is 8 hex digits and the key base64');
  }
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length !== 33 || key[0] !== ALG_ED25519) {
    throw invalid('only Ed25519 keys (algorithm 1, 32 bytes) are supported');
  }
  if (!isNoteKeyName(name)) {
    throw invalid('the name has spaces or "+"');
  }
  const verifier = verifierOf(name, new Uint8Array(key.subarray(1)));
  if (Buffer.from(verifier.keyId).toString('hex') !== hashHex) {
    throw invalid('the hash does not match the name and key');
  }
  return verifier;
}
