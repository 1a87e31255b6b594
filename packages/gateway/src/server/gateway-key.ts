import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, readPrivateKey, readPublicKey } from '../registry/openpgp-signature.js';
import type { GatewayKey } from './context.js';

/** Where the gateway keeps its signing key in the data dir: private (0600) and public half. */
export function gatewayKeyFiles(dataDir: string): { privateKey: string; publicKey: string } {
  return {
    privateKey: join(dataDir, 'gateway-key.asc'),
    publicKey: join(dataDir, 'gateway-key.pub.asc'),
  };
}

/**
 * The gateway's own signing key (acceptance receipts), kept in the data dir and created on
 * first start. The private key file is 0600; the public key is served at /v1/keys/gateway,
 * valid from the key's creation time (a restart does not move it).
 */
export async function loadOrCreateGatewayKey(dataDir: string, at: Date): Promise<GatewayKey> {
  const { privateKey: privateFile, publicKey: publicFile } = gatewayKeyFiles(dataDir);
  if (!existsSync(privateFile)) {
    mkdirSync(dataDir, { recursive: true });
    const pair = await generateKeyPair('gateway', at);
    writeFileSync(publicFile, pair.publicKey);
    writeFileSync(privateFile, pair.privateKey, { mode: 0o600 });
  }
  const privateKey = await readPrivateKey(readFileSync(privateFile, 'utf8'));
  const publicKey = privateKey.toPublic().armor();
  const { fingerprint } = await readPublicKey(publicKey);
  return {
    privateKey,
    publicKey,
    fingerprint,
    validFrom: privateKey.getCreationTime().toISOString(),
  };
}
