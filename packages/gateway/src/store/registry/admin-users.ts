import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../tables.js';
import { formatToken, parseToken } from '../../registry/bearer-token.js';
import { hashSecret, newSecret, verifySecret } from '../../registry/secret-hash.js';

/**
 * Roles of the people who run the gateway: the DPO oversees disclosures and consent,
 * the operator runs the registry and deliveries, the auditor reads everything and changes nothing.
 */
export const AdminRole = z.enum(['dpo', 'operator', 'auditor']);
export type AdminRole = z.infer<typeof AdminRole>;

export interface AdminPrincipal {
  kind: 'admin';
  userId: string;
  name: string;
  role: AdminRole;
}

/** Create an admin user; the token (`nra_<id>.<secret>`) is returned once. */
export async function createAdminUser(
  db: Kysely<Database>,
  name: string,
  role: AdminRole,
  at: Date,
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const secret = newSecret();
  const { hash, salt } = await hashSecret(secret);
  await db
    .insertInto('admin_users')
    .values({
      id,
      name,
      role,
      secret_hash: hash,
      salt,
      created_at: at.toISOString(),
      revoked_at: null,
    })
    .execute();
  return { id, token: formatToken('nra', id, secret) };
}

function activeAdminRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('admin_users')
    .selectAll()
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

function adminPrincipal(row: { id: string; name: string; role: string }): AdminPrincipal {
  return { kind: 'admin', userId: row.id, name: row.name, role: AdminRole.parse(row.role) };
}

/** The admin user's principal while it is not revoked. */
export async function activeAdmin(
  db: Kysely<Database>,
  id: string,
): Promise<AdminPrincipal | undefined> {
  const row = await activeAdminRow(db, id);
  return row === undefined ? undefined : adminPrincipal(row);
}

export async function authenticateAdmin(
  db: Kysely<Database>,
  token: string,
): Promise<AdminPrincipal | undefined> {
  const parsed = parseToken('nra', token);
  if (parsed === undefined) {
    return undefined;
  }
  const row = await activeAdminRow(db, parsed.id);
  if (row === undefined || !(await verifySecret(parsed.secret, row.secret_hash, row.salt))) {
    return undefined;
  }
  return adminPrincipal(row);
}
