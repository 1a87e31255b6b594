import { describe, expect, it } from 'vitest';
import { AT, testAgencyKey } from '../crypto/__fixtures__/agency-keys.js';
import type { KeysResponse, RegisteredKey } from './gateway-http.js';
import { KeyDirectory } from './key-directory.js';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(AT.getTime() + ms).toISOString();

function directory(keys: RegisteredKey[]): { directory: KeyDirectory; calls: () => number } {
  let calls = 0;
  const http = {
    keys: (agencyId: string): Promise<KeysResponse> => {
      calls += 1;
      return Promise.resolve({ agencyId, keys });
    },
  };
  return { directory: new KeyDirectory(http), calls: () => calls };
}

describe('KeyDirectory', () => {
  it('seals to every key inside its window during a rotation overlap, and verifies with any unrevoked key', async () => {
    const [oldKey, newKey] = await Promise.all([
      testAgencyKey('rs.cptv'),
      testAgencyKey('rs.cptv'),
    ]);
    const { directory: keys } = directory([
      {
        fingerprint: oldKey.fingerprint,
        publicKey: oldKey.publicKey,
        validFrom: iso(0),
        validUntil: iso(2 * HOUR),
        revokedAt: null,
      },
      {
        fingerprint: newKey.fingerprint,
        publicKey: newKey.publicKey,
        validFrom: iso(HOUR),
        validUntil: null,
        revokedAt: null,
      },
    ]);
    const fingerprints = async (at: number) =>
      (await keys.sealingKeys('rs.cptv', new Date(AT.getTime() + at))).map((k) =>
        k.getFingerprint(),
      );
    expect(await fingerprints(30 * 60_000)).toEqual([oldKey.fingerprint]);
    expect(await fingerprints(90 * 60_000)).toEqual([oldKey.fingerprint, newKey.fingerprint]);
    expect(await fingerprints(3 * HOUR)).toEqual([newKey.fingerprint]);
    // A key past its window still verifies what it signed before.
    expect(
      (await keys.verificationKeys('rs.cptv', new Date(AT.getTime() + 3 * HOUR))).map((k) =>
        k.getFingerprint(),
      ),
    ).toEqual([oldKey.fingerprint, newKey.fingerprint]);
  });

  it('never seals to or verifies with a revoked key; no key left is KEY_UNKNOWN', async () => {
    const key = await testAgencyKey('rs.cptv');
    const { directory: keys } = directory([
      {
        fingerprint: key.fingerprint,
        publicKey: key.publicKey,
        validFrom: iso(0),
        revokedAt: iso(HOUR),
      },
    ]);
    const later = new Date(AT.getTime() + 2 * HOUR);
    await expect(keys.sealingKeys('rs.cptv', later)).rejects.toMatchObject({ code: 'KEY_UNKNOWN' });
    expect(await keys.verificationKeys('rs.cptv', later)).toEqual([]);
    expect((await keys.revokedKeys('rs.cptv', later)).map((k) => k.getFingerprint())).toEqual([
      key.fingerprint,
    ]);
    expect(await keys.revokedKeys('rs.cptv', AT)).toEqual([]);
    expect(await keys.sealingKeys('rs.cptv', AT)).toHaveLength(1);
  });

  it('skips a key that is expired as an OpenPGP key even inside its registered window', async () => {
    const key = await testAgencyKey('rs.cptv', AT, 3600);
    const { directory: keys } = directory([
      {
        fingerprint: key.fingerprint,
        publicKey: key.publicKey,
        validFrom: iso(0),
        validUntil: null,
      },
    ]);
    await expect(
      keys.sealingKeys('rs.cptv', new Date(AT.getTime() + 2 * HOUR)),
    ).rejects.toMatchObject({ code: 'KEY_UNKNOWN' });
  });

  it("caches an agency's keys for five minutes", async () => {
    const key = await testAgencyKey('rs.cptv');
    const { directory: keys, calls } = directory([
      { fingerprint: key.fingerprint, publicKey: key.publicKey, validFrom: iso(0) },
    ]);
    await keys.sealingKeys('rs.cptv', AT);
    await keys.sealingKeys('rs.cptv', new Date(AT.getTime() + 60_000));
    expect(calls()).toBe(1);
    await keys.sealingKeys('rs.cptv', new Date(AT.getTime() + 6 * 60_000));
    expect(calls()).toBe(2);
  });
});
