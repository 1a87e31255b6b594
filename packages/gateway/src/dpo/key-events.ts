import type { AgencyKey } from '../store/registry/agency-keys.js';
import { GatewayError } from '@nrm/client/errors';
import type { GatewayContext } from '../context/gateway-context.js';

// Key changes are transparency log facts. The registry functions run their own
// statements, so the entry follows the change right after it commits.

type Context = Pick<GatewayContext, 'store' | 'log' | 'clock'>;

/** Register an agency key and log `key-registered` (once: re-registering the same key is a no-op). */
export async function registerKeyLogged(
  ctx: Context,
  agencyId: string,
  publicKey: string,
): Promise<AgencyKey> {
  const now = ctx.clock.now();
  const before = await ctx.store.registry.listKeys(agencyId);
  const key = await ctx.store.registry.registerKey(agencyId, publicKey, { validFrom: now }, now);
  if (!before.some((k) => k.fingerprint === key.fingerprint)) {
    await ctx.log.record([
      {
        kind: 'key-registered',
        at: now.toISOString(),
        agency: agencyId,
        fingerprint: key.fingerprint.toLowerCase(),
      },
    ]);
  }
  return key;
}

/** Rotate an agency key and log `key-rotated` naming the key it replaces. */
export async function rotateKeyLogged(
  ctx: Context,
  agencyId: string,
  publicKey: string,
  overlapMs: number,
): Promise<AgencyKey> {
  const now = ctx.clock.now();
  const before = (await ctx.store.registry.listKeys(agencyId))
    .filter((k) => k.revokedAt === null)
    .sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom));
  const key = await ctx.store.registry.rotateKey(agencyId, publicKey, overlapMs, now);
  const previous = before.find((k) => k.fingerprint !== key.fingerprint);
  const at = now.toISOString();
  const fingerprint = key.fingerprint.toLowerCase();
  await ctx.log.record([
    previous === undefined
      ? { kind: 'key-registered', at, agency: agencyId, fingerprint }
      : {
          kind: 'key-rotated',
          at,
          agency: agencyId,
          fingerprint,
          previousFingerprint: previous.fingerprint.toLowerCase(),
        },
  ]);
  return key;
}

/** Revoke a key and log `key-revoked` (reason `operator-revoked`). */
export async function revokeKeyLogged(ctx: Context, fingerprint: string): Promise<void> {
  const now = ctx.clock.now();
  const owner = await ctx.store.registry.keyOwner(fingerprint);
  if (owner === undefined) {
    throw new GatewayError('NOT_FOUND', { message: 'No unrevoked key with this fingerprint.' });
  }
  await ctx.store.registry.revokeKey(owner.fingerprint, now);
  await ctx.log.record([
    {
      kind: 'key-revoked',
      at: now.toISOString(),
      agency: owner.agencyId,
      fingerprint: owner.fingerprint.toLowerCase(),
      reason: 'operator-revoked',
    },
  ]);
}

/**
 * Log `key-registered` for every registered key the log has never named — keys seeded or
 * registered before the log existed — so the log lists every key an envelope could cite.
 * Run at start; returns how many entries were appended.
 */
export async function recordUnloggedKeys(ctx: Context): Promise<number> {
  const named = new Set(
    (await ctx.log.leaves()).flatMap((leaf) =>
      leaf.kind === 'key-registered' || leaf.kind === 'key-rotated' || leaf.kind === 'key-revoked'
        ? [leaf.fingerprint]
        : [],
    ),
  );
  const rows = await ctx.store.registry.allKeys();
  const missing = rows.filter((row) => !named.has(row.fingerprint.toLowerCase()));
  const at = ctx.clock.now().toISOString();
  await ctx.log.record(
    missing.map((row) => ({
      kind: 'key-registered' as const,
      at,
      agency: row.agencyId,
      fingerprint: row.fingerprint.toLowerCase(),
    })),
  );
  return missing.length;
}
