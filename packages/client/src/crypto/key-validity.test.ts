import { describe, expect, it } from 'vitest';
import { AT, testAgencyKey } from './__fixtures__/agency-keys.js';
import { assertKeyUsable, keyValidityAt } from './key-validity.js';
import { readPublicKeys } from './agency-key.js';
import { applyRevocationCertificate, revokeWithPrivateKey } from './revocation.js';

const DAY = 86_400_000;

describe('keyValidityAt', () => {
  it('is valid from creation until expiry, expired after, not yet valid before creation', async () => {
    const key = await testAgencyKey('rs.cptv', AT, 10 * 86_400);
    expect(await keyValidityAt(key.public, AT)).toBe('valid');
    expect(await keyValidityAt(key.public, new Date(AT.getTime() + 9 * DAY))).toBe('valid');
    expect(await keyValidityAt(key.public, new Date(AT.getTime() + 10 * DAY))).toBe('expired');
    expect(await keyValidityAt(key.public, new Date(AT.getTime() - 1000))).toBe('not-yet-valid');
  });

  it('a key without expiry stays valid', async () => {
    const key = await testAgencyKey('rs.cptv');
    expect(await keyValidityAt(key.public, new Date(AT.getTime() + 3650 * DAY))).toBe('valid');
  });

  it('is revoked after revocation by the private key, from the revocation time', async () => {
    const key = await testAgencyKey('rs.cptv');
    const revokedAt = new Date(AT.getTime() + DAY);
    const [revoked] = await readPublicKeys(
      await revokeWithPrivateKey(key.private, 'compromised', revokedAt),
    );
    expect(await keyValidityAt(revoked!, new Date(AT.getTime() + 2 * DAY))).toBe('revoked');
  });

  it('is revoked after applying the revocation certificate made at generation', async () => {
    const key = await testAgencyKey('rs.cptv');
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(key.public, key.revocationCertificate),
    );
    expect(await keyValidityAt(revoked!, AT)).toBe('revoked');
  });

  it('is invalid when the self-signature is missing', async () => {
    const key = await testAgencyKey('rs.cptv');
    const [stripped] = await readPublicKeys(key.publicKey);
    stripped!.users = [];
    expect(await keyValidityAt(stripped!, AT)).toBe('invalid');
  });
});

describe('assertKeyUsable', () => {
  it('throws the typed error for each unusable state', async () => {
    const expiring = await testAgencyKey('rs.cptv', AT, 86_400);
    await expect(assertKeyUsable(expiring.public, AT)).resolves.toBeUndefined();
    await expect(
      assertKeyUsable(expiring.public, new Date(AT.getTime() + 2 * DAY)),
    ).rejects.toMatchObject({ code: 'KEY_EXPIRED', status: 401 });
    await expect(
      assertKeyUsable(expiring.public, new Date(AT.getTime() - DAY)),
    ).rejects.toMatchObject({
      code: 'KEY_EXPIRED',
      message: expect.stringContaining('not yet valid'),
    });
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(expiring.public, expiring.revocationCertificate),
    );
    await expect(assertKeyUsable(revoked!, AT)).rejects.toMatchObject({ code: 'KEY_REVOKED' });
    const [stripped] = await readPublicKeys(expiring.publicKey);
    stripped!.users = [];
    await expect(assertKeyUsable(stripped!, AT)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });
});
