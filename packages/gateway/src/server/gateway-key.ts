import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAgencyKey, readAgencyPrivateKey } from '../crypto/agency-key.js';
import { readPublicKey } from '../registry/openpgp-signature.js';
import type { GatewayKey } from './context.js';

/**
 * The gateway's own signing key (receipts, tree heads), kept in `keyDir` (the data dir unless
 * NRM_GATEWAY_KEY_DIR puts it elsewhere) and created on first start. The private key file is
 * 0600 and, with a passphrase, encrypted; the public key is served at /v1/keys/gateway.
 */
export async function loadOrCreateGatewayKey(
  keyDir: string,
  at: Date,
  passphrase?: string,
): Promise<GatewayKey> {
  const privateFile = join(keyDir, 'gateway-key.asc');
  const publicFile = join(keyDir, 'gateway-key.pub.asc');
  if (!existsSync(privateFile)) {
    mkdirSync(keyDir, { recursive: true });
    const pair = await generateAgencyKey({
      agencyId: 'gateway',
      at,
      ...(passphrase === undefined ? {} : { passphrase }),
    });
    writeFileSync(publicFile, pair.publicKey);
    writeFileSync(privateFile, pair.privateKey, { mode: 0o600 });
  }
  const privateKey = await readAgencyPrivateKey(readFileSync(privateFile, 'utf8'), passphrase);
  const publicKey = privateKey.toPublic().armor();
  const { fingerprint } = await readPublicKey(publicKey);
  return { privateKey, publicKey, fingerprint };
}
