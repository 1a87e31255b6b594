import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateAgencyKey, readAgencyPrivateKey } from '@nrm/client/crypto';
import { readPublicKey } from '../registry/openpgp-signature.js';
import type { GatewayKey } from '../context/gateway-context.js';

/** Where the gateway keeps its signing key in its key dir: private (0600) and public half. */
export function gatewayKeyFiles(keyDir: string): { privateKey: string; publicKey: string } {
  return {
    privateKey: join(keyDir, 'gateway-key.asc'),
    publicKey: join(keyDir, 'gateway-key.pub.asc'),
  };
}

/**
 * The gateway's own signing key (receipts, tree heads), kept in `keyDir` (the data dir unless
 * NRM_GATEWAY_KEY_DIR puts it elsewhere) and created on first start. The private key file is
 * 0600 and, with a passphrase, encrypted; the public key is served at /v1/keys/gateway,
 * valid from the key's creation time (a restart does not move it).
 */
export async function loadOrCreateGatewayKey(
  keyDir: string,
  at: Date,
  passphrase?: string,
): Promise<GatewayKey> {
  const { privateKey: privateFile, publicKey: publicFile } = gatewayKeyFiles(keyDir);
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
  return {
    privateKey,
    publicKey,
    fingerprint,
    validFrom: privateKey.getCreationTime().toISOString(),
  };
}

async function readGatewayKey(armoredPrivateKey: string, passphrase?: string): Promise<GatewayKey> {
  const privateKey = await readAgencyPrivateKey(armoredPrivateKey, passphrase);
  const publicKey = privateKey.toPublic().armor();
  const { fingerprint } = await readPublicKey(publicKey);
  return {
    privateKey,
    publicKey,
    fingerprint,
    validFrom: privateKey.getCreationTime().toISOString(),
  };
}

/**
 * Create the gateway's signing key in `file` (0600; its public half beside it as
 * `<file>.pub`), once, before the first start of gateways that share it
 * (NRM_GATEWAY_KEY_FILE, `main.ts --init-gateway-key`). An existing file is never replaced:
 * receipts already issued are signed by it.
 */
export async function initGatewayKeyFile(
  file: string,
  at: Date,
  passphrase?: string,
): Promise<GatewayKey> {
  if (existsSync(file)) {
    throw new Error(`${file} exists already: the gateway key is never replaced`);
  }
  mkdirSync(dirname(file), { recursive: true });
  const pair = await generateAgencyKey({
    agencyId: 'gateway',
    at,
    ...(passphrase === undefined ? {} : { passphrase }),
  });
  writeFileSync(file, pair.privateKey, { mode: 0o600, flag: 'wx' });
  writeFileSync(`${file}.pub`, pair.publicKey);
  return readGatewayKey(pair.privateKey, passphrase);
}

/**
 * The gateway's signing key from NRM_GATEWAY_KEY_FILE: every process of one gateway signs with
 * the same key, kept apart from the database. A missing file stops the start (it is created
 * only by `--init-gateway-key`, so a mistyped path cannot mint a second key).
 */
export async function loadGatewayKeyFile(file: string, passphrase?: string): Promise<GatewayKey> {
  if (!existsSync(file)) {
    throw new Error(
      `the gateway key file ${file} does not exist: create it once with main.ts --init-gateway-key`,
    );
  }
  return readGatewayKey(readFileSync(file, 'utf8'), passphrase);
}
