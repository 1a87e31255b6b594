import { createMessage, encrypt } from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from './__fixtures__/agency-keys.js';
import { readPublicKeys } from './agency-key.js';
import { armorMessage } from './armor.js';
import { applyRevocationCertificate } from './revocation.js';
import { open, seal } from './seal.js';

const DAY = 86_400_000;
const payload = new TextEncoder().encode(
  '{"type":"nrm.referral","subject":"sub_0123456789abcdef"}',
);

let sender: TestAgencyKey;
let police: TestAgencyKey;
let csw: TestAgencyKey;
let stranger: TestAgencyKey;

beforeAll(async () => {
  [sender, police, csw, stranger] = await Promise.all([
    testAgencyKey('rs.cptv'),
    testAgencyKey('rs.police.belgrade-thb'),
    testAgencyKey('rs.csw.belgrade'),
    testAgencyKey('at.lefoe-ibf'),
  ]);
});

describe('seal and open', () => {
  it('every recipient opens the same ciphertext and learns the verified sender', async () => {
    const ciphertext = await seal(payload, [police.public, csw.public], sender.private, { at: AT });
    for (const recipient of [police, csw]) {
      const opened = await open(ciphertext, recipient.private, [sender.public], { at: AT });
      expect(opened.plaintext).toEqual(payload);
      expect(opened.signerFingerprint).toBe(sender.fingerprint);
      expect(opened.signedAt).toEqual(AT);
    }
  });

  it('opens the armored form of the same message (gpg --armor)', async () => {
    const ciphertext = await seal(payload, [police.public], sender.private, { at: AT });
    const armored = new TextEncoder().encode(armorMessage(ciphertext));
    const opened = await open(armored, police.private, [sender.public], { at: AT });
    expect(opened.plaintext).toEqual(payload);
  });

  it('opens with any of several keys, e.g. a retired key after a rotation', async () => {
    const ciphertext = await seal(payload, [police.public], sender.private, { at: AT });
    const opened = await open(ciphertext, [stranger.private, police.private], [sender.public], {
      at: AT,
    });
    expect(opened.plaintext).toEqual(payload);
  });

  it('a non-recipient cannot decrypt: DECRYPTION_FAILED', async () => {
    const ciphertext = await seal(payload, [police.public], sender.private, { at: AT });
    await expect(
      open(ciphertext, stranger.private, [sender.public], { at: AT }),
    ).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' });
  });

  it('bytes that are not OpenPGP: DECRYPTION_FAILED', async () => {
    await expect(
      open(new TextEncoder().encode('{"hello":1}'), police.private, [sender.public], { at: AT }),
    ).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' });
    await expect(
      open(
        new TextEncoder().encode('-----BEGIN PGP MESSAGE-----\n\nnope\n'),
        police.private,
        [sender.public],
        { at: AT },
      ),
    ).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' });
  });

  it('a flipped ciphertext byte is detected (integrity protection): DECRYPTION_FAILED', async () => {
    const ciphertext = await seal(payload, [police.public], sender.private, { at: AT });
    const tampered = ciphertext.slice();
    tampered[tampered.length - 5]! ^= 0x01;
    await expect(open(tampered, police.private, [sender.public], { at: AT })).rejects.toMatchObject(
      { code: 'DECRYPTION_FAILED' },
    );
  });

  it('an unsigned message is refused: SIGNATURE_INVALID', async () => {
    const unsigned = await encrypt({
      message: await createMessage({ binary: payload }),
      encryptionKeys: police.public,
      format: 'binary',
      date: AT,
    });
    await expect(open(unsigned, police.private, [sender.public], { at: AT })).rejects.toMatchObject(
      { code: 'SIGNATURE_INVALID', message: 'The data is not signed.' },
    );
  });

  it('a message signed by someone other than the expected sender: KEY_UNKNOWN', async () => {
    const ciphertext = await seal(payload, [police.public], stranger.private, { at: AT });
    await expect(
      open(ciphertext, police.private, [sender.public], { at: AT }),
    ).rejects.toMatchObject({ code: 'KEY_UNKNOWN' });
  });

  it('the sender key expired by the time of opening: KEY_EXPIRED', async () => {
    const shortLived = await testAgencyKey('rs.cptv', AT, 86_400);
    const ciphertext = await seal(payload, [police.public], shortLived.private, { at: AT });
    await expect(
      open(ciphertext, police.private, [shortLived.public], {
        at: new Date(AT.getTime() + 2 * DAY),
      }),
    ).rejects.toMatchObject({ code: 'KEY_EXPIRED' });
  });

  it('the sender key is revoked: KEY_REVOKED', async () => {
    const ciphertext = await seal(payload, [police.public], sender.private, { at: AT });
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(sender.public, sender.revocationCertificate),
    );
    await expect(open(ciphertext, police.private, [revoked!], { at: AT })).rejects.toMatchObject({
      code: 'KEY_REVOKED',
    });
  });

  it('a signature that does not verify: SIGNATURE_INVALID', async () => {
    // A signature made after the verification time never verifies (openpgp refuses future signatures).
    const ciphertext = await seal(payload, [police.public], sender.private, {
      at: new Date(AT.getTime() + DAY),
    });
    await expect(
      open(ciphertext, police.private, [sender.public], { at: new Date(AT.getTime() + DAY / 2) }),
    ).rejects.toMatchObject({ code: 'SIGNATURE_INVALID' });
  });
});

describe('seal refuses unusable keys', () => {
  it('no recipients: BAD_REQUEST', async () => {
    await expect(seal(payload, [], sender.private, { at: AT })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('a revoked recipient key: KEY_REVOKED', async () => {
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(csw.public, csw.revocationCertificate),
    );
    await expect(
      seal(payload, [police.public, revoked!], sender.private, { at: AT }),
    ).rejects.toMatchObject({ code: 'KEY_REVOKED' });
  });

  it('an expired sender key: KEY_EXPIRED', async () => {
    const shortLived = await testAgencyKey('rs.cptv', AT, 86_400);
    await expect(
      seal(payload, [police.public], shortLived.private, { at: new Date(AT.getTime() + 2 * DAY) }),
    ).rejects.toMatchObject({ code: 'KEY_EXPIRED' });
  });
});
