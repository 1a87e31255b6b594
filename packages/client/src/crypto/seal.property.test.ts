import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from './__fixtures__/agency-keys.js';
import { signDetached, verifyDetached } from './detached-signature.js';
import { sha256Digest } from './digest.js';
import { open, seal } from './seal.js';

let sender: TestAgencyKey;
let recipient: TestAgencyKey;

beforeAll(async () => {
  [sender, recipient] = await Promise.all([testAgencyKey('rs.cptv'), testAgencyKey('rs.csw.nis')]);
});

describe('crypto properties', () => {
  it('open(seal(bytes)) returns the bytes exactly, for any payload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (payload) => {
        const ciphertext = await seal(payload, [recipient.public], sender.private, { at: AT });
        const opened = await open(ciphertext, recipient.private, [sender.public], { at: AT });
        expect(opened.plaintext).toEqual(payload);
        expect(opened.signerFingerprint).toBe(sender.fingerprint);
      }),
      { numRuns: 40 },
    );
  });

  it('a detached signature verifies only over the exact bytes it was made for', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (bytes, position, flip) => {
          const signature = await signDetached(bytes, sender.private, AT);
          await expect(
            verifyDetached(bytes, signature, [sender.public], AT),
          ).resolves.toMatchObject({
            signerFingerprint: sender.fingerprint,
          });
          const changed = bytes.slice();
          const index = position % changed.length;
          changed[index] = changed[index]! ^ flip;
          await expect(
            verifyDetached(changed, signature, [sender.public], AT),
          ).rejects.toMatchObject({
            code: 'SIGNATURE_INVALID',
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the digest changes whenever the ciphertext does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1 }), fc.nat(), (bytes, position) => {
        const changed = bytes.slice();
        const index = position % changed.length;
        changed[index] = changed[index]! ^ 0x80;
        expect(sha256Digest(changed)).not.toBe(sha256Digest(bytes));
      }),
    );
  });
});
