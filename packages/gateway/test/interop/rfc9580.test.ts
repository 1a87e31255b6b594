/**
 * RFC 9580 interoperability vectors (rpgp `tests/rfc9580`, read from /work/shared/standards —
 * never copied into the repo). Every message's literal data is "hello world\n"; the
 * `v6-legacy_illegal` key (a v6 key on the legacy curve25519 algorithm) must be rejected.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decrypt, readCleartextMessage, readMessage, readPrivateKey, verify } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { open } from '@nrm/client/crypto';

const VECTORS = fileURLToPath(
  new URL('../../../../../shared/standards/openpgp-rfc9580/', import.meta.url),
);
const present = existsSync(VECTORS);
if (!present) {
  console.warn(
    `RFC 9580 vectors skipped: ${VECTORS} is absent (the shared standards folder is not mounted).`,
  );
}

const HELLO = 'hello world\n';
const ILLEGAL = 'v6-legacy_illegal';

/** Vectors openpgp.js 6.3.1 cannot open, with the reason. The test checks each still fails. */
const UNSUPPORTED: readonly { folder: string; file: string; reason: string }[] = [
  {
    folder: 'v6-ed448-x448',
    file: 'csf.msg',
    reason:
      'the cleartext-signature armor header "Hash: SHA3-512" is not recognised by openpgp.js 6.3.1 ("Unknown hash algorithm in armor header: sha3-512")',
  },
];

const folders = present
  ? readdirSync(VECTORS)
      .filter((name) => statSync(`${VECTORS}${name}`).isDirectory())
      .sort()
  : [];
const cases = folders
  .filter((folder) => folder !== ILLEGAL)
  .flatMap((folder) =>
    readdirSync(`${VECTORS}${folder}`)
      .filter((file) => file.endsWith('.msg'))
      .sort()
      .map((file) => ({
        folder,
        file,
        unsupported: UNSUPPORTED.find((u) => u.folder === folder && u.file === file),
      })),
  );

async function literalData(folder: string, file: string): Promise<string> {
  const key = await readPrivateKey({
    armoredKey: readFileSync(`${VECTORS}${folder}/tsk.asc`, 'utf8'),
  });
  const text = readFileSync(`${VECTORS}${folder}/${file}`, 'utf8');
  if (file === 'csf.msg') {
    const message = await readCleartextMessage({ cleartextMessage: text });
    const result = await verify({ message, verificationKeys: key.toPublic(), expectSigned: true });
    return result.data;
  }
  const message = await readMessage({ armoredMessage: text });
  const result = await decrypt({ message, decryptionKeys: key, format: 'binary' });
  return new TextDecoder().decode(result.data);
}

describe('RFC 9580 vectors', () => {
  it.skipIf(!present)('the vector folders are there (v4 and v6, 25519, 448, NIST, RSA)', () => {
    expect(folders).toEqual(
      expect.arrayContaining([
        'v4-ed25519-x25519',
        'v6-25519-annex-a-4',
        'v6-ed448-x448',
        'v6-rsa',
        ILLEGAL,
      ]),
    );
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const { folder, file, unsupported } of cases) {
    if (unsupported === undefined) {
      it.skipIf(!present)(`${folder}/${file} opens to "hello world\\n"`, async () => {
        expect(await literalData(folder, file)).toBe(HELLO);
      });
    } else {
      it.skipIf(!present)(
        `${folder}/${file} is not supported by openpgp.js 6.3.1: ${unsupported.reason}`,
        async () => {
          await expect(literalData(folder, file)).rejects.toThrow();
        },
      );
    }
  }

  it.skipIf(!present)(
    `${ILLEGAL}: the v6 key on legacy curve25519 is rejected, so none of its messages open`,
    async () => {
      const armoredKey = readFileSync(`${VECTORS}${ILLEGAL}/tsk.asc`, 'utf8');
      await expect(readPrivateKey({ armoredKey })).rejects.toThrow(
        /Legacy curve25519 cannot be used with v6 keys/,
      );
      for (const file of readdirSync(`${VECTORS}${ILLEGAL}`).filter((name) =>
        name.endsWith('.msg'),
      )) {
        await expect(literalData(ILLEGAL, file)).rejects.toThrow();
      }
    },
  );

  it.skipIf(!present)(
    'the SDK decrypts a vector but refuses it because it is unsigned (SIGNATURE_INVALID)',
    async () => {
      const folder = 'v4-ed25519-x25519';
      const key = await readPrivateKey({
        armoredKey: readFileSync(`${VECTORS}${folder}/tsk.asc`, 'utf8'),
      });
      const ciphertext = readFileSync(`${VECTORS}${folder}/enc-seipdv1.msg`);
      await expect(
        open(ciphertext, key, [key.toPublic()], { at: new Date('2026-01-01T00:00:00Z') }),
      ).rejects.toMatchObject({
        code: 'SIGNATURE_INVALID',
        message: 'The data is not signed.',
      });
    },
  );
});
