import type { Kysely } from 'kysely';
import { normaliseFingerprint } from '../registry/openpgp-signature.js';
import {
  activeAdmin,
  authenticateAdmin,
  createAdminUser,
  type AdminPrincipal,
  type AdminRole,
} from './registry/admin-users.js';
import {
  findAgency,
  listAgencies,
  upsertAgency,
  type RegisteredAgency,
} from './registry/agencies.js';
import {
  listKeys,
  registerKey,
  resolveSigningKey,
  revokeKey,
  rotateKey,
  type AgencyKey,
} from './registry/agency-keys.js';
import {
  activeCredential,
  authenticateAgency,
  issueCredential,
  revokeCredential,
  rotateCredential,
  type AgencyPrincipal,
  type CredentialScope,
} from './registry/credentials.js';
import type { Database } from './tables.js';

/** Who may exchange messages: agencies, their keys and credentials, and the admin users. */
export class RegistryStore {
  constructor(private readonly db: Kysely<Database>) {}

  upsertAgency(input: unknown, webhookUrl: string | null, at: Date): Promise<RegisteredAgency> {
    return upsertAgency(this.db, input, webhookUrl, at);
  }

  findAgency(id: string): Promise<RegisteredAgency | undefined> {
    return findAgency(this.db, id);
  }

  listAgencies(): Promise<RegisteredAgency[]> {
    return listAgencies(this.db);
  }

  registerKey(
    agencyId: string,
    armoredPublicKey: string,
    window: { validFrom: Date; validUntil?: Date },
    at: Date,
  ): Promise<AgencyKey> {
    return registerKey(this.db, agencyId, armoredPublicKey, window, at);
  }

  rotateKey(agencyId: string, armoredPublicKey: string, overlapMs: number, at: Date) {
    return rotateKey(this.db, agencyId, armoredPublicKey, overlapMs, at);
  }

  revokeKey(fingerprint: string, at: Date): Promise<void> {
    return revokeKey(this.db, fingerprint, at);
  }

  resolveSigningKey(agencyId: string, fingerprint: string, at: Date): Promise<AgencyKey> {
    return resolveSigningKey(this.db, agencyId, fingerprint, at);
  }

  listKeys(agencyId: string): Promise<AgencyKey[]> {
    return listKeys(this.db, agencyId);
  }

  /** The agency a key belongs to (revoked or not), by fingerprint in any spelling. */
  async keyOwner(
    fingerprint: string,
  ): Promise<{ agencyId: string; fingerprint: string } | undefined> {
    const row = await this.db
      .selectFrom('agency_keys')
      .select(['agency_id', 'fingerprint'])
      .where('fingerprint', '=', normaliseFingerprint(fingerprint))
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { agencyId: row.agency_id, fingerprint: row.fingerprint };
  }

  /** Every registered key, oldest first (the log names each one). */
  async allKeys(): Promise<{ agencyId: string; fingerprint: string }[]> {
    const rows = await this.db
      .selectFrom('agency_keys')
      .select(['agency_id', 'fingerprint', 'created_at'])
      .orderBy('created_at')
      .orderBy('fingerprint')
      .execute();
    return rows.map((r) => ({ agencyId: r.agency_id, fingerprint: r.fingerprint }));
  }

  issueCredential(agencyId: string, scopes: readonly CredentialScope[], at: Date) {
    return issueCredential(this.db, agencyId, scopes, at);
  }

  rotateCredential(credentialId: string, at: Date) {
    return rotateCredential(this.db, credentialId, at);
  }

  revokeCredential(credentialId: string, at: Date): Promise<void> {
    return revokeCredential(this.db, credentialId, at);
  }

  authenticateAgency(token: string): Promise<AgencyPrincipal | undefined> {
    return authenticateAgency(this.db, token);
  }

  /** The credential's principal while it is not revoked (a remembered token is re-checked). */
  activeCredential(id: string): Promise<AgencyPrincipal | undefined> {
    return activeCredential(this.db, id);
  }

  createAdminUser(name: string, role: AdminRole, at: Date) {
    return createAdminUser(this.db, name, role, at);
  }

  authenticateAdmin(token: string): Promise<AdminPrincipal | undefined> {
    return authenticateAdmin(this.db, token);
  }

  /** The admin user's principal while it is not revoked. */
  activeAdmin(id: string): Promise<AdminPrincipal | undefined> {
    return activeAdmin(this.db, id);
  }

  async hasAdmin(): Promise<boolean> {
    const row = await this.db.selectFrom('admin_users').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }
}
