import { describe, expect, it } from 'vitest';
import {
  generateAgencyKey,
  fingerprintOf,
  normaliseFingerprint,
  readAgencyPrivateKey,
  readPublicKeys,
} from './agency-key.js';
import { AT } from './__fixtures__/agency-keys.js';

describe('generateAgencyKey', () => {
  it('makes a v4 ed25519 signing key with a cv25519 encryption subkey, user id = agency id', async () => {
    const pair = await generateAgencyKey({ agencyId: 'rs.cptv', at: AT });
    const [key] = await readPublicKeys(pair.publicKey);
    expect(key).toBeDefined();
    expect(key!.keyPacket.version).toBe(4);
    expect(key!.getAlgorithmInfo()).toMatchObject({
      algorithm: 'eddsaLegacy',
      curve: 'ed25519Legacy',
    });
    expect(key!.subkeys[0]!.getAlgorithmInfo()).toMatchObject({
      algorithm: 'ecdh',
      curve: 'curve25519Legacy',
    });
    expect(key!.getUserIDs()).toEqual(['rs.cptv']);
    expect(key!.getCreationTime().toISOString()).toBe(AT.toISOString());
    expect(pair.fingerprint).toMatch(/^[0-9a-f]{40}$/);
    expect(fingerprintOf(key!)).toBe(pair.fingerprint);
    expect(pair.revocationCertificate).toContain('BEGIN PGP PUBLIC KEY BLOCK');
  });

  it('sets the expiry from validForSeconds', async () => {
    const pair = await generateAgencyKey({ agencyId: 'rs.astra', at: AT, validForSeconds: 86_400 });
    const [key] = await readPublicKeys(pair.publicKey);
    expect(await key!.getExpirationTime()).toEqual(new Date(AT.getTime() + 86_400_000));
  });

  it('protects the private key with a passphrase and unlocks it only with the right one', async () => {
    const pair = await generateAgencyKey({
      agencyId: 'rs.atina',
      at: AT,
      passphrase: 'correct horse',
    });
    const unlocked = await readAgencyPrivateKey(pair.privateKey, 'correct horse');
    expect(unlocked.isDecrypted()).toBe(true);
    await expect(readAgencyPrivateKey(pair.privateKey)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('locked'),
    });
    await expect(readAgencyPrivateKey(pair.privateKey, 'wrong')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('passphrase'),
    });
  });

  it('rejects text that is not a key', async () => {
    await expect(readPublicKeys('not a key')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(readAgencyPrivateKey('not a key')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('reads a private key block as its public part', async () => {
    const pair = await generateAgencyKey({ agencyId: 'rs.cptv', at: AT });
    const [key] = await readPublicKeys(pair.privateKey);
    expect(key!.isPrivate()).toBe(false);
    expect(key!.getFingerprint()).toBe(pair.fingerprint);
  });
});

describe('normaliseFingerprint', () => {
  it('lower-cases and removes spaces so gpg-style fingerprints compare equal', () => {
    expect(normaliseFingerprint('ABCD 1234 ef')).toBe('abcd1234ef');
  });
});
