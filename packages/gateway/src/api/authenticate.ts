import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { GatewayError } from '../errors/gateway-error.js';
import { authenticateAdmin, type AdminPrincipal } from '../registry/admin-users.js';
import { authenticateAgency, type AgencyPrincipal } from '../registry/credentials.js';
import type { Database } from '../storage/tables.js';

export type Principal = AgencyPrincipal | AdminPrincipal;

/** The bearer token of a request, if well formed. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([!-~]{1,512})$/.exec(header ?? '');
  return match?.[1];
}

/**
 * Resolves bearer tokens to principals. A token that passed the slow scrypt check once is
 * remembered by its SHA-256 so later requests cost one indexed lookup — which still sees a
 * revocation at once, because the row is re-read every time.
 */
export class Authenticator {
  private readonly verified = new Map<string, string>();

  constructor(private readonly db: Kysely<Database>) {}

  async resolve(header: string | undefined): Promise<Principal> {
    const token = bearerToken(header);
    if (token === undefined) {
      throw new GatewayError('UNAUTHENTICATED');
    }
    const fingerprint = createHash('sha256').update(token).digest('hex');
    const knownId = this.verified.get(fingerprint);
    if (knownId !== undefined) {
      const principal = await this.stillValid(token, knownId);
      if (principal !== undefined) {
        return principal;
      }
      this.verified.delete(fingerprint);
    }
    const principal = token.startsWith('nra_')
      ? await authenticateAdmin(this.db, token)
      : await authenticateAgency(this.db, token);
    if (principal === undefined) {
      throw new GatewayError('UNAUTHENTICATED');
    }
    if (this.verified.size > 10_000) {
      this.verified.clear();
    }
    this.verified.set(
      fingerprint,
      principal.kind === 'agency' ? principal.credentialId : principal.userId,
    );
    return principal;
  }

  private async stillValid(token: string, id: string): Promise<Principal | undefined> {
    if (token.startsWith('nra_')) {
      const row = await this.db
        .selectFrom('admin_users')
        .selectAll()
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row === undefined
        ? undefined
        : {
            kind: 'admin',
            userId: row.id,
            name: row.name,
            role: row.role as AdminPrincipal['role'],
          };
    }
    const row = await this.db
      .selectFrom('agency_credentials')
      .selectAll()
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          kind: 'agency',
          agencyId: row.agency_id,
          credentialId: row.id,
          scopes: JSON.parse(row.scopes) as AgencyPrincipal['scopes'],
        };
  }

  /** An agency caller, or FORBIDDEN for an admin token on an agency route. */
  async agency(header: string | undefined): Promise<AgencyPrincipal> {
    const principal = await this.resolve(header);
    if (principal.kind !== 'agency') {
      throw new GatewayError('FORBIDDEN', { message: 'This route is for agency credentials.' });
    }
    return principal;
  }
}
