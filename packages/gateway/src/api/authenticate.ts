import { createHash } from 'node:crypto';
import { GatewayError } from '@nrm/client/errors';
import { parseToken } from '../registry/bearer-token.js';
import type { RegistryStore } from '../store/registry-store.js';
import type { AdminPrincipal } from '../store/registry/admin-users.js';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import { AuthFailureLimiter, DEFAULT_AUTH_FAILURE_LIMITS } from './auth-failures.js';

export type Principal = AgencyPrincipal | AdminPrincipal;

/** The bearer token of a request, if well formed. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([!-~]{1,512})$/.exec(header ?? '');
  return match?.[1];
}

const MAX_REMEMBERED = 10_000;

/**
 * Resolves bearer tokens to principals. A token that passed the slow scrypt check once is
 * remembered by its SHA-256 so later requests cost one indexed lookup — which still sees a
 * revocation at once, because the row is re-read every time. A token that failed is
 * remembered too, and failures are counted per credential id: past the limit, or for a
 * token that just failed, the answer comes without running scrypt (bounded guessing cost).
 */
export class Authenticator {
  private readonly verified = new Map<string, string>();
  private readonly failed = new Map<string, number>();
  /** Checks running now per credential id: each may still fail, so each uses up a try. */
  private readonly checking = new Map<string, number>();
  /** Checks running now per token (by its SHA-256). */
  private readonly pending = new Map<string, Promise<Principal>>();

  constructor(
    private readonly registry: RegistryStore,
    readonly limiter: AuthFailureLimiter = new AuthFailureLimiter(DEFAULT_AUTH_FAILURE_LIMITS),
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this exact token passed the full check before (and was not since refused). */
  isVerified(token: string): boolean {
    return this.verified.has(createHash('sha256').update(token).digest('hex'));
  }

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
    const parsed = parseToken('nrm', token) ?? parseToken('nra', token);
    if (parsed === undefined) {
      throw new GatewayError('UNAUTHENTICATED');
    }
    // Requests carrying the same token while its first check runs share that check: a client
    // opening many connections at once uses one try, not one per connection.
    const pending = this.pending.get(fingerprint);
    if (pending !== undefined) {
      return pending;
    }
    const check = this.checkSlowly(token, parsed.id, fingerprint);
    this.pending.set(fingerprint, check);
    try {
      return await check;
    } finally {
      this.pending.delete(fingerprint);
    }
  }

  /** The scrypt check of a token not verified before, within the failure limits. */
  private async checkSlowly(
    token: string,
    credentialId: string,
    fingerprint: string,
  ): Promise<Principal> {
    const now = this.now();
    const key = `credential:${credentialId}`;
    const inFlight = this.checking.get(credentialId) ?? 0;
    if (this.limiter.credentials.remaining(key, now) - inFlight <= 0) {
      const retryAfterSeconds = this.limiter.credentials.retryAfter(key, now) ?? 1;
      throw new GatewayError('RATE_LIMITED', {
        message: `Too many failed authentications with this credential; retry in ${retryAfterSeconds} s.`,
        retryAfterSeconds,
      });
    }
    const failedUntil = this.failed.get(fingerprint);
    let principal: Principal | undefined;
    if (failedUntil === undefined || failedUntil <= now) {
      this.checking.set(credentialId, inFlight + 1);
      try {
        principal = token.startsWith('nra_')
          ? await this.registry.authenticateAdmin(token)
          : await this.registry.authenticateAgency(token);
      } finally {
        const left = (this.checking.get(credentialId) ?? 1) - 1;
        if (left === 0) {
          this.checking.delete(credentialId);
        } else {
          this.checking.set(credentialId, left);
        }
      }
    }
    if (principal === undefined) {
      this.limiter.failCredential(credentialId, now);
      if (this.failed.size >= MAX_REMEMBERED) {
        this.failed.clear();
      }
      this.failed.set(fingerprint, now + this.limiter.limits.windowMs);
      throw new GatewayError('UNAUTHENTICATED');
    }
    this.failed.delete(fingerprint);
    if (this.verified.size >= MAX_REMEMBERED) {
      this.verified.clear();
    }
    this.verified.set(
      fingerprint,
      principal.kind === 'agency' ? principal.credentialId : principal.userId,
    );
    return principal;
  }

  private async stillValid(token: string, id: string): Promise<Principal | undefined> {
    return token.startsWith('nra_')
      ? this.registry.activeAdmin(id)
      : this.registry.activeCredential(id);
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
