import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayError } from '@nrm/client/errors';
import { noteSigner, type NoteSigner } from '@nrm/client/transparency';

/** The file of the gateway's Ed25519 checkpoint key, beside its OpenPGP key. */
export const NOTE_KEY_FILE = 'gateway-note-key.pem';

/**
 * The gateway's Ed25519 key for C2SP signed notes (its log checkpoints), created on first
 * start as PKCS#8 PEM in `keyDir`, 0600, and encrypted (PKCS#8 PBES2, AES-256-CBC)
 * when a passphrase is given. A second key beside the OpenPGP one because signed-note
 * verifiers (Go's sumdb/note, witnesses) read plain Ed25519 keys, not OpenPGP packets.
 */
export function loadOrCreateNoteKey(keyDir: string, name: string, passphrase?: string): NoteSigner {
  const file = join(keyDir, NOTE_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(keyDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({
      format: 'pem',
      type: 'pkcs8',
      ...(passphrase === undefined ? {} : { cipher: 'aes-256-cbc', passphrase }),
    });
    writeFileSync(file, pem, { mode: 0o600 });
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({
      key: readFileSync(file, 'utf8'),
      format: 'pem',
      ...(passphrase === undefined ? {} : { passphrase }),
    });
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: `${file} cannot be read: locked without NRM_GATEWAY_KEY_PASSPHRASE, a wrong passphrase, or not an Ed25519 PKCS#8 key.`,
      cause,
    });
  }
  return noteSigner(name, key);
}
