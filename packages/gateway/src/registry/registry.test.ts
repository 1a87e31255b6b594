import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../store/open-store.js';
import { authenticateAdmin, createAdminUser } from '../store/registry/admin-users.js';
import { findAgency, listAgencies, upsertAgency } from '../store/registry/agencies.js';
import {
  keyState,
  listKeys,
  registerKey,
  resolveSigningKey,
  revokeKey,
  rotateKey,
} from '../store/registry/agency-keys.js';
import {
  authenticateAgency,
  issueCredential,
  revokeCredential,
  rotateCredential,
} from '../store/registry/credentials.js';
import { generateKeyPair } from './openpgp-signature.js';
import { hashSecret, verifySecret } from './secret-hash.js';

let store: Store;
const t0 = new Date('2026-11-29T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  await upsertAgency(
    store.db,
    { id: 'rs.astra', name: 'ASTRA', kind: 'ngo', jurisdiction: 'RS' },
    null,
    t0,
  );
  await upsertAgency(
    store.db,
    { id: 'rs.atina', name: 'Atina', kind: 'ngo', jurisdiction: 'RS' },
    null,
    t0,
  );
});
afterAll(() => store.close());

describe('agencies', () => {
  it('upserts idempotently and validates with the domain schema', async () => {
    await upsertAgency(
      store.db,
      { id: 'rs.astra', name: 'ASTRA – Anti Trafficking Action', kind: 'ngo', jurisdiction: 'RS' },
      'https://astra.example/hook',
      t0,
    );
    expect(await findAgency(store.db, 'rs.astra')).toMatchObject({
      name: 'ASTRA – Anti Trafficking Action',
      webhookUrl: 'https://astra.example/hook',
      competentAreas: [],
    });
    expect((await listAgencies(store.db)).map((a) => a.id)).toEqual(['rs.astra', 'rs.atina']);
    await expect(
      upsertAgency(
        store.db,
        { id: 'Not An Id', name: 'x', kind: 'ngo', jurisdiction: 'RS' },
        null,
        t0,
      ),
    ).rejects.toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'agency.id',
    });
  });
});

describe('agency keys', () => {
  it('register, resolve, rotate with overlap, revoke', async () => {
    const first = await generateKeyPair('rs.astra', t0);
    const key = await registerKey(store.db, 'rs.astra', first.publicKey, { validFrom: t0 }, t0);
    expect(key.fingerprint).toBe(first.fingerprint);
    expect(await registerKey(store.db, 'rs.astra', first.publicKey, { validFrom: t0 }, t0)).toEqual(
      key,
    );
    await expect(
      registerKey(store.db, 'rs.atina', first.publicKey, { validFrom: t0 }, t0),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      resolveSigningKey(store.db, 'rs.atina', first.fingerprint, t0),
    ).rejects.toMatchObject({ code: 'KEY_UNKNOWN' });
    expect(
      (await resolveSigningKey(store.db, 'rs.astra', first.fingerprint.toUpperCase(), later(1)))
        .fingerprint,
    ).toBe(first.fingerprint);

    const second = await generateKeyPair('rs.astra', later(1000));
    await rotateKey(store.db, 'rs.astra', second.publicKey, 60_000, later(1000));
    expect(
      keyState(
        (await listKeys(store.db, 'rs.astra')).find((k) => k.fingerprint === first.fingerprint)!,
        later(30_000),
      ),
    ).toBe('valid');
    await expect(
      resolveSigningKey(store.db, 'rs.astra', first.fingerprint, later(61_000)),
    ).rejects.toMatchObject({ code: 'KEY_EXPIRED' });
    expect(
      keyState(
        (await listKeys(store.db, 'rs.astra')).find((k) => k.fingerprint === second.fingerprint)!,
        later(61_000),
      ),
    ).toBe('valid');
    await expect(
      resolveSigningKey(store.db, 'rs.astra', second.fingerprint, t0),
    ).rejects.toMatchObject({ code: 'KEY_EXPIRED' });

    await revokeKey(store.db, second.fingerprint, later(100_000));
    await expect(
      resolveSigningKey(store.db, 'rs.astra', second.fingerprint, later(100_001)),
    ).rejects.toMatchObject({ code: 'KEY_REVOKED' });
    await expect(revokeKey(store.db, second.fingerprint, later(100_002))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a private key or garbage where a public key belongs', async () => {
    const pair = await generateKeyPair('rs.atina', t0);
    await expect(
      registerKey(store.db, 'rs.atina', pair.privateKey, { validFrom: t0 }, t0),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      registerKey(store.db, 'rs.atina', 'not a key', { validFrom: t0 }, t0),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('credentials and admin users', () => {
  it('tokens authenticate until revoked or rotated; malformed tokens never do', async () => {
    const { id, token } = await issueCredential(store.db, 'rs.astra', ['send'], t0);
    expect(await authenticateAgency(store.db, token)).toEqual({
      kind: 'agency',
      agencyId: 'rs.astra',
      credentialId: id,
      scopes: ['send'],
    });
    expect(await authenticateAgency(store.db, `${token}x`)).toBeUndefined();
    expect(await authenticateAgency(store.db, 'Bearer nonsense')).toBeUndefined();
    const rotated = await rotateCredential(store.db, id, later(1));
    expect(await authenticateAgency(store.db, token)).toBeUndefined();
    expect((await authenticateAgency(store.db, rotated.token))?.scopes).toEqual(['send']);
    await expect(rotateCredential(store.db, id, later(2))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await revokeCredential(store.db, rotated.id, later(3));
    expect(await authenticateAgency(store.db, rotated.token)).toBeUndefined();
  });

  it('admin tokens carry their role', async () => {
    const { token } = await createAdminUser(store.db, 'Data protection officer', 'dpo', t0);
    expect(await authenticateAdmin(store.db, token)).toMatchObject({ kind: 'admin', role: 'dpo' });
    expect(await authenticateAdmin(store.db, token.replace('nra_', 'nrm_'))).toBeUndefined();
  });

  it('secret hashes are salted and checked in constant time', async () => {
    const a = await hashSecret('correct horse');
    const b = await hashSecret('correct horse');
    expect(a.hash).not.toBe(b.hash);
    expect(await verifySecret('correct horse', a.hash, a.salt)).toBe(true);
    expect(await verifySecret('wrong horse', a.hash, a.salt)).toBe(false);
  });
});
