import { beforeAll, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from './__fixtures__/agency-keys.js';
import { readPublicKeys } from './agency-key.js';
import { signDetached, verifyDetached } from './detached-signature.js';
import { applyRevocationCertificate } from './revocation.js';

const DAY = 86_400_000;
const envelope = new TextEncoder().encode(
  '{"id":"0190d5b4-7f3a-7c3e-9b1a-2f4e5d6c7b8a","type":"nrm.referral"}\n',
);

let sender: TestAgencyKey;
let other: TestAgencyKey;

beforeAll(async () => {
  [sender, other] = await Promise.all([testAgencyKey('rs.cptv'), testAgencyKey('rs.astra')]);
});

describe('signDetached / verifyDetached', () => {
  it('an armored detached signature over the exact bytes verifies and names the signer', async () => {
    const signature = await signDetached(envelope, sender.private, AT);
    expect(signature).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
    const signer = await verifyDetached(envelope, signature, [other.public, sender.public], AT);
    expect(signer).toEqual({ signerFingerprint: sender.fingerprint, signedAt: AT });
  });

  it('one changed byte (even whitespace) breaks it: SIGNATURE_INVALID', async () => {
    const signature = await signDetached(envelope, sender.private, AT);
    const changed = new TextEncoder().encode(
      new TextDecoder().decode(envelope).replace('\n', ' \n'),
    );
    await expect(verifyDetached(changed, signature, [sender.public], AT)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });

  it('a malformed signature: SIGNATURE_INVALID', async () => {
    await expect(
      verifyDetached(envelope, 'not a signature', [sender.public], AT),
    ).rejects.toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('signed by a key not in the list, or no keys at all: KEY_UNKNOWN', async () => {
    const signature = await signDetached(envelope, other.private, AT);
    await expect(verifyDetached(envelope, signature, [sender.public], AT)).rejects.toMatchObject({
      code: 'KEY_UNKNOWN',
    });
    await expect(verifyDetached(envelope, signature, [], AT)).rejects.toMatchObject({
      code: 'KEY_UNKNOWN',
    });
  });

  it('a revoked signer key: KEY_REVOKED', async () => {
    const signature = await signDetached(envelope, sender.private, AT);
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(sender.public, sender.revocationCertificate),
    );
    await expect(verifyDetached(envelope, signature, [revoked!], AT)).rejects.toMatchObject({
      code: 'KEY_REVOKED',
    });
  });

  it('an expired signer key at verification time: KEY_EXPIRED', async () => {
    const shortLived = await testAgencyKey('rs.cptv', AT, 86_400);
    const signature = await signDetached(envelope, shortLived.private, AT);
    await expect(
      verifyDetached(envelope, signature, [shortLived.public], new Date(AT.getTime() + 2 * DAY)),
    ).rejects.toMatchObject({ code: 'KEY_EXPIRED' });
  });

  it('a signature dated after the verification time: SIGNATURE_INVALID', async () => {
    const signature = await signDetached(envelope, sender.private, new Date(AT.getTime() + DAY));
    await expect(verifyDetached(envelope, signature, [sender.public], AT)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });
});
