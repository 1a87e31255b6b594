import type { Kysely } from 'kysely';
import { GatewayError } from '@nrm/client/errors';
import type { AgencyKeyTable, Database } from '../tables.js';
import { normaliseFingerprint, readPublicKey } from '../../registry/openpgp-signature.js';

/** A registered public key and its validity window. */
export interface AgencyKey {
  fingerprint: string;
  agencyId: string;
  armoredPublicKey: string;
  validFrom: string;
  validUntil: string | null;
  revokedAt: string | null;
}

function fromRow(row: AgencyKeyTable): AgencyKey {
  return {
    fingerprint: row.fingerprint,
    agencyId: row.agency_id,
    armoredPublicKey: row.armored_public_key,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
  };
}

/** Is the key usable at `at`: not revoked, inside its validity window. */
export function keyState(key: AgencyKey, at: Date): 'valid' | 'revoked' | 'expired' {
  const instant = at.toISOString();
  if (key.revokedAt !== null && key.revokedAt <= instant) {
    return 'revoked';
  }
  if (instant < key.validFrom || (key.validUntil !== null && key.validUntil <= instant)) {
    return 'expired';
  }
  return 'valid';
}

/** Register a public key for an agency (idempotent for the same key). */
export async function registerKey(
  db: Kysely<Database>,
  agencyId: string,
  armoredPublicKey: string,
  window: { validFrom: Date; validUntil?: Date },
  at: Date,
): Promise<AgencyKey> {
  const { fingerprint } = await readPublicKey(armoredPublicKey);
  const existing = await db
    .selectFrom('agency_keys')
    .selectAll()
    .where('fingerprint', '=', fingerprint)
    .executeTakeFirst();
  if (existing !== undefined) {
    if (existing.agency_id !== agencyId) {
      throw new GatewayError('FORBIDDEN', {
        message: 'This key is registered to another agency.',
        path: 'publicKey',
      });
    }
    return fromRow(existing);
  }
  const row: AgencyKeyTable = {
    fingerprint,
    agency_id: agencyId,
    armored_public_key: armoredPublicKey,
    valid_from: window.validFrom.toISOString(),
    valid_until: window.validUntil?.toISOString() ?? null,
    revoked_at: null,
    created_at: at.toISOString(),
  };
  await db.insertInto('agency_keys').values(row).execute();
  return fromRow(row);
}

/**
 * Rotate: register the new key and let every other current key of the agency run out after
 * `overlapMs`, so messages signed just before the rotation still verify.
 */
export async function rotateKey(
  db: Kysely<Database>,
  agencyId: string,
  newArmoredPublicKey: string,
  overlapMs: number,
  at: Date,
): Promise<AgencyKey> {
  return db.transaction().execute(async (trx) => {
    const added = await registerKey(trx, agencyId, newArmoredPublicKey, { validFrom: at }, at);
    const cutoff = new Date(at.getTime() + overlapMs).toISOString();
    await trx
      .updateTable('agency_keys')
      .set({ valid_until: cutoff })
      .where('agency_id', '=', agencyId)
      .where('fingerprint', '!=', added.fingerprint)
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', cutoff)]))
      .execute();
    return added;
  });
}

/** Revoke a key from `at` on; later signatures by it are refused with KEY_REVOKED. */
export async function revokeKey(
  db: Kysely<Database>,
  fingerprint: string,
  at: Date,
): Promise<void> {
  const result = await db
    .updateTable('agency_keys')
    .set({ revoked_at: at.toISOString() })
    .where('fingerprint', '=', normaliseFingerprint(fingerprint))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new GatewayError('NOT_FOUND', { message: 'No unrevoked key with this fingerprint.' });
  }
}

/**
 * The key an envelope names, if it belongs to the sender and is usable now:
 * KEY_UNKNOWN / KEY_REVOKED / KEY_EXPIRED otherwise.
 */
export async function resolveSigningKey(
  db: Kysely<Database>,
  agencyId: string,
  fingerprint: string,
  at: Date,
): Promise<AgencyKey> {
  const row = await db
    .selectFrom('agency_keys')
    .selectAll()
    .where('fingerprint', '=', normaliseFingerprint(fingerprint))
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (row === undefined) {
    throw new GatewayError('KEY_UNKNOWN', { path: 'envelope.senderKey' });
  }
  const key = fromRow(row);
  const state = keyState(key, at);
  if (state === 'revoked') {
    throw new GatewayError('KEY_REVOKED', { path: 'envelope.senderKey' });
  }
  if (state === 'expired') {
    throw new GatewayError('KEY_EXPIRED', { path: 'envelope.senderKey' });
  }
  return key;
}

/** Every key of an agency with its state at `at` (current ones first, for encryption). */
export async function listKeys(db: Kysely<Database>, agencyId: string): Promise<AgencyKey[]> {
  const rows = await db
    .selectFrom('agency_keys')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('valid_from', 'desc')
    .execute();
  return rows.map(fromRow);
}
