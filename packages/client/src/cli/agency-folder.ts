import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { PrivateKey } from 'openpgp';
import {
  createRevocationCertificate,
  generateAgencyKey,
  readAgencyPrivateKey,
  revokeWithPrivateKey,
  type RevocationReason,
} from '../crypto/index.js';
import { GatewayError } from '../errors/index.js';

/**
 * An agency folder: what `nrm init` writes and every other command reads. The layout matches
 * the gateway's demo seed (`<data>/demo-agencies/<id>/`), so `--dir` works on either:
 *
 *   agency.json          `{ "id": "rs.cptv", … }`
 *   private-key.asc      mode 0600
 *   public-key.asc       to register with the gateway operator
 *   fingerprint          lower-case hex
 *   revocation.asc       mode 0600 — keep a copy offline
 *   token                optional, mode 0600 — the bearer token issued by the operator
 *   retired/<fpr>.private-key.asc   keys rotated out (still decrypt older messages)
 *   revoked/<fpr>.public-key.asc    revoked public keys, to publish
 */
export const FILES = {
  agency: 'agency.json',
  privateKey: 'private-key.asc',
  publicKey: 'public-key.asc',
  fingerprint: 'fingerprint',
  revocation: 'revocation.asc',
  token: 'token',
} as const;

/** A loaded agency folder. */
export interface AgencyFolder {
  dir: string;
  agencyId: string;
  fingerprint: string;
  privateKey: PrivateKey;
  /** Keys rotated out, kept to open messages sealed to them before the rotation. */
  retiredKeys: PrivateKey[];
  publicKey: string;
  token: string | undefined;
}

/** Options for {@link initAgencyFolder}. */
export interface InitOptions {
  passphrase?: string;
  validForDays?: number;
}

/** Create a new agency folder with a fresh key. Refuses to overwrite an existing key. */
export async function initAgencyFolder(
  dir: string,
  agencyId: string,
  at: Date,
  options: InitOptions = {},
): Promise<{ fingerprint: string }> {
  if (existsSync(join(dir, FILES.privateKey))) {
    throw new GatewayError('ID_CONFLICT', {
      message: `${dir} already holds an agency key; use "nrm keys rotate".`,
      path: 'dir',
    });
  }
  mkdirSync(dir, { recursive: true });
  const pair = await writeKeyPair(dir, agencyId, at, options);
  writeFileSync(join(dir, FILES.agency), `${JSON.stringify({ id: agencyId }, null, 2)}\n`);
  return { fingerprint: pair.fingerprint };
}

/** Load an agency folder (the token is optional: key commands work without it). */
export async function loadAgencyFolder(dir: string, passphrase?: string): Promise<AgencyFolder> {
  const agencyFile = join(dir, FILES.agency);
  if (!existsSync(agencyFile)) {
    throw new GatewayError('NOT_FOUND', {
      message: `${dir} is not an agency folder (no ${FILES.agency}); run "nrm init".`,
      path: 'dir',
    });
  }
  const agency = JSON.parse(readFileSync(agencyFile, 'utf8')) as { id?: unknown };
  if (typeof agency.id !== 'string') {
    throw new GatewayError('SCHEMA_INVALID', {
      message: `${agencyFile} has no agency id.`,
      path: 'agency.id',
    });
  }
  const privateKey = await readAgencyPrivateKey(
    readFileSync(join(dir, FILES.privateKey), 'utf8'),
    passphrase,
  );
  const tokenFile = join(dir, FILES.token);
  const retiredDir = join(dir, 'retired');
  const retiredKeys: PrivateKey[] = [];
  if (existsSync(retiredDir)) {
    for (const file of readdirSync(retiredDir)
      .filter((name) => name.endsWith('.private-key.asc'))
      .sort()) {
      retiredKeys.push(
        await readAgencyPrivateKey(readFileSync(join(retiredDir, file), 'utf8'), passphrase),
      );
    }
  }
  return {
    dir,
    agencyId: agency.id,
    fingerprint: privateKey.getFingerprint(),
    privateKey,
    retiredKeys,
    publicKey: readFileSync(join(dir, FILES.publicKey), 'utf8'),
    token: existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined,
  };
}

/**
 * Rotate: retire the current private key into `retired/` (it still opens messages sealed to it
 * during the overlap) and generate a new one. The new public key must then be registered by the
 * operator; the gateway lets the old one run out after its overlap.
 */
export async function rotateAgencyKey(
  dir: string,
  at: Date,
  options: InitOptions = {},
): Promise<{ retired: string; fingerprint: string }> {
  const current = await loadAgencyFolder(dir, options.passphrase);
  mkdirSync(join(dir, 'retired'), { recursive: true });
  renameSync(
    join(dir, FILES.privateKey),
    join(dir, 'retired', `${current.fingerprint}.private-key.asc`),
  );
  const pair = await writeKeyPair(dir, current.agencyId, at, options);
  return { retired: current.fingerprint, fingerprint: pair.fingerprint };
}

/**
 * Revoke the current key with its private key and write the revoked public key to
 * `revoked/<fpr>.public-key.asc`, to hand to the operator and to partners. Returns it armored.
 */
export async function revokeAgencyKey(
  dir: string,
  reason: RevocationReason,
  at: Date,
  passphrase?: string,
): Promise<{ fingerprint: string; revokedPublicKey: string }> {
  const current = await loadAgencyFolder(dir, passphrase);
  const revokedPublicKey = await revokeWithPrivateKey(current.privateKey, reason, at);
  mkdirSync(join(dir, 'revoked'), { recursive: true });
  writeFileSync(join(dir, 'revoked', `${current.fingerprint}.public-key.asc`), revokedPublicKey);
  return { fingerprint: current.fingerprint, revokedPublicKey };
}

async function writeKeyPair(
  dir: string,
  agencyId: string,
  at: Date,
  options: InitOptions,
): Promise<{ fingerprint: string }> {
  const pair = await generateAgencyKey({
    agencyId,
    at,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    ...(options.validForDays === undefined
      ? {}
      : { validForSeconds: options.validForDays * 86_400 }),
  });
  const unlocked = await readAgencyPrivateKey(pair.privateKey, options.passphrase);
  writeFileSync(join(dir, FILES.privateKey), pair.privateKey, { mode: 0o600 });
  writeFileSync(join(dir, FILES.publicKey), pair.publicKey);
  writeFileSync(join(dir, FILES.fingerprint), `${pair.fingerprint}\n`);
  // A fresh certificate with a reason, rather than openpgp's reasonless one.
  writeFileSync(
    join(dir, FILES.revocation),
    await createRevocationCertificate(unlocked, 'compromised', at, 'key compromised or lost'),
    { mode: 0o600 },
  );
  return { fingerprint: pair.fingerprint };
}
