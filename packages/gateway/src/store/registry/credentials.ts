import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { GatewayError } from '@nrm/client/errors';
import type { Database } from '../tables.js';
import { formatToken, parseToken } from '../../registry/bearer-token.js';
import { hashSecret, newSecret, verifySecret } from '../../registry/secret-hash.js';

/** What an agency token may do. */
export const CredentialScope = z.enum(['send', 'receive']);
export type CredentialScope = z.infer<typeof CredentialScope>;
export const ALL_SCOPES: readonly CredentialScope[] = CredentialScope.options;

/** An authenticated agency caller. */
export interface AgencyPrincipal {
  kind: 'agency';
  agencyId: string;
  credentialId: string;
  scopes: readonly CredentialScope[];
}

/**
 * Issue a credential. The token (`nrm_<id>.<secret>`) is returned once and never stored:
 * the id finds the row, the secret is checked against its scrypt hash.
 */
export async function issueCredential(
  db: Kysely<Database>,
  agencyId: string,
  scopes: readonly CredentialScope[],
  at: Date,
): Promise<{ id: string; token: string }> {
  const agency = await db
    .selectFrom('agencies')
    .select('id')
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (agency === undefined) {
    // Checked here, not left to the foreign key: a missing agency is the caller's mistake.
    throw new GatewayError('NOT_FOUND', { message: 'No agency with this id.' });
  }
  const id = randomUUID();
  const secret = newSecret();
  const { hash, salt } = await hashSecret(secret);
  await db
    .insertInto('agency_credentials')
    .values({
      id,
      agency_id: agencyId,
      secret_hash: hash,
      salt,
      scopes: JSON.stringify([...new Set(scopes)]),
      created_at: at.toISOString(),
      rotated_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, token: formatToken('nrm', id, secret) };
}

/** Rotate: a new token with the same scopes; the old one stops working at once. */
export async function rotateCredential(
  db: Kysely<Database>,
  credentialId: string,
  at: Date,
): Promise<{ id: string; token: string }> {
  const old = await db
    .selectFrom('agency_credentials')
    .selectAll()
    .where('id', '=', credentialId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (old === undefined) {
    throw new GatewayError('NOT_FOUND', { message: 'No active credential with this id.' });
  }
  const scopes = z.array(CredentialScope).parse(JSON.parse(old.scopes));
  const fresh = await issueCredential(db, old.agency_id, scopes, at);
  await db
    .updateTable('agency_credentials')
    .set({ rotated_at: at.toISOString(), revoked_at: at.toISOString() })
    .where('id', '=', credentialId)
    .execute();
  return fresh;
}

export async function revokeCredential(
  db: Kysely<Database>,
  credentialId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('agency_credentials')
    .set({ revoked_at: at.toISOString() })
    .where('id', '=', credentialId)
    .where('revoked_at', 'is', null)
    .execute();
}

function activeCredentialRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('agency_credentials')
    .selectAll()
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

function agencyPrincipal(row: { id: string; agency_id: string; scopes: string }): AgencyPrincipal {
  const scopes = z.array(CredentialScope).parse(JSON.parse(row.scopes));
  return { kind: 'agency', agencyId: row.agency_id, credentialId: row.id, scopes };
}

/** The credential's principal while it is not revoked (a remembered token is re-checked). */
export async function activeCredential(
  db: Kysely<Database>,
  id: string,
): Promise<AgencyPrincipal | undefined> {
  const row = await activeCredentialRow(db, id);
  return row === undefined ? undefined : agencyPrincipal(row);
}

/** Check an agency token; anything wrong is UNAUTHENTICATED without saying what. */
export async function authenticateAgency(
  db: Kysely<Database>,
  token: string,
): Promise<AgencyPrincipal | undefined> {
  const parsed = parseToken('nrm', token);
  if (parsed === undefined) {
    return undefined;
  }
  const row = await activeCredentialRow(db, parsed.id);
  if (row === undefined || !(await verifySecret(parsed.secret, row.secret_hash, row.salt))) {
    return undefined;
  }
  return agencyPrincipal(row);
}
