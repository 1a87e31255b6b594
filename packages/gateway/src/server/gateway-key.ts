import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, readPrivateKey, readPublicKey } from '../registry/openpgp-signature.js';
import type { GatewayKey } from './context.js';

/**
 * The gateway's own signing key (acceptance receipts), kept in the data dir and created on
 * first start. The private key file is 0600; the public key is served at /v1/keys/gateway.
 */
export async function loadOrCreateGatewayKey(dataDir: string, at: Date): Promise<GatewayKey> {
  const privateFile = join(dataDir, 'gateway-key.asc');
  const publicFile = join(dataDir, 'gateway-key.pub.asc');
  if (!existsSync(privateFile)) {
    mkdirSync(dataDir, { recursive: true });
    const pair = await generateKeyPair('gateway', at);
    writeFileSync(publicFile, pair.publicKey);
    writeFileSync(privateFile, pair.privateKey, { mode: 0o600 });
  }
  const privateKey = await readPrivateKey(readFileSync(privateFile, 'utf8'));
  const publicKey = privateKey.toPublic().armor();
  const { fingerprint } = await readPublicKey(publicKey);
  return { privateKey, publicKey, fingerprint };
}
