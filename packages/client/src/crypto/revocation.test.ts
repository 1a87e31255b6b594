import { describe, expect, it } from 'vitest';
import { AT, testAgencyKey } from './__fixtures__/agency-keys.js';
import { readPublicKeys } from './agency-key.js';
import { keyValidityAt } from './key-validity.js';
import { applyRevocationCertificate, createRevocationCertificate } from './revocation.js';

describe('revocation certificates', () => {
  it('a certificate made later revokes the public key when applied, with its reason', async () => {
    const key = await testAgencyKey('rs.cptv');
    const certificate = await createRevocationCertificate(key.private, 'superseded', AT, 'rotated');
    expect(certificate).toContain('BEGIN PGP PUBLIC KEY BLOCK');
    // Making the certificate does not revoke the key itself.
    expect(await keyValidityAt(key.public, AT)).toBe('valid');
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(key.public, certificate),
    );
    expect(await keyValidityAt(revoked!, AT)).toBe('revoked');
    expect(revoked!.revocationSignatures[0]!.reasonForRevocationFlag).toBe(1);
    expect(revoked!.revocationSignatures[0]!.reasonForRevocationString).toBe('rotated');
  });

  it('a certificate for another key is refused', async () => {
    const key = await testAgencyKey('rs.cptv');
    const other = await testAgencyKey('rs.astra');
    await expect(
      applyRevocationCertificate(key.public, other.revocationCertificate),
    ).rejects.toMatchObject({ code: 'SIGNATURE_INVALID' });
  });
});
