import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AT } from '../crypto/__fixtures__/agency-keys.js';
import { keyValidityAt, readPublicKeys } from '../crypto/index.js';
import { applyRevocationCertificate } from '../crypto/revocation.js';
import {
  FILES,
  initAgencyFolder,
  loadAgencyFolder,
  revokeAgencyKey,
  rotateAgencyKey,
} from './agency-folder.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nrm-agency-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('agency folder', () => {
  it('init writes the key material with private files readable only by the owner, and loads back', async () => {
    const dir = join(tempDir(), 'rs.astra');
    const { fingerprint } = await initAgencyFolder(dir, 'rs.astra', AT);
    expect(readFileSync(join(dir, FILES.fingerprint), 'utf8').trim()).toBe(fingerprint);
    expect(statSync(join(dir, FILES.privateKey)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, FILES.revocation)).mode & 0o777).toBe(0o600);
    const folder = await loadAgencyFolder(dir);
    expect(folder).toMatchObject({
      agencyId: 'rs.astra',
      fingerprint,
      token: undefined,
      retiredKeys: [],
    });
    writeFileSync(join(dir, FILES.token), 'nrm_x.y\n');
    expect((await loadAgencyFolder(dir)).token).toBe('nrm_x.y');
  });

  it('the revocation certificate written at init revokes the key', async () => {
    const dir = tempDir();
    await initAgencyFolder(dir, 'rs.astra', AT);
    const [publicKey] = await readPublicKeys(readFileSync(join(dir, FILES.publicKey), 'utf8'));
    const [revoked] = await readPublicKeys(
      await applyRevocationCertificate(
        publicKey!,
        readFileSync(join(dir, FILES.revocation), 'utf8'),
      ),
    );
    expect(await keyValidityAt(revoked!, AT)).toBe('revoked');
  });

  it('init refuses to overwrite an existing key', async () => {
    const dir = tempDir();
    await initAgencyFolder(dir, 'rs.astra', AT);
    await expect(initAgencyFolder(dir, 'rs.astra', AT)).rejects.toMatchObject({
      code: 'ID_CONFLICT',
    });
  });

  it('a passphrase protects the private key', async () => {
    const dir = tempDir();
    await initAgencyFolder(dir, 'rs.astra', AT, { passphrase: 'secret words' });
    await expect(loadAgencyFolder(dir)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await loadAgencyFolder(dir, 'secret words')).privateKey.isDecrypted()).toBe(true);
  });

  it('loading something that is not an agency folder fails clearly', async () => {
    const dir = tempDir();
    await expect(loadAgencyFolder(dir)).rejects.toMatchObject({ code: 'NOT_FOUND', path: 'dir' });
    writeFileSync(join(dir, FILES.agency), '{"name":"no id"}');
    await expect(loadAgencyFolder(dir)).rejects.toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'agency.id',
    });
  });

  it('rotate retires the old key (kept for decryption) and makes a new one', async () => {
    const dir = tempDir();
    const first = await initAgencyFolder(dir, 'rs.astra', AT);
    const rotated = await rotateAgencyKey(dir, new Date(AT.getTime() + 1000));
    expect(rotated.retired).toBe(first.fingerprint);
    expect(rotated.fingerprint).not.toBe(first.fingerprint);
    const folder = await loadAgencyFolder(dir);
    expect(folder.fingerprint).toBe(rotated.fingerprint);
    expect(folder.retiredKeys.map((key) => key.getFingerprint())).toEqual([first.fingerprint]);
  });

  it('revoke writes the revoked public key', async () => {
    const dir = tempDir();
    const { fingerprint } = await initAgencyFolder(dir, 'rs.astra', AT);
    const { revokedPublicKey } = await revokeAgencyKey(dir, 'compromised', AT);
    expect(readFileSync(join(dir, 'revoked', `${fingerprint}.public-key.asc`), 'utf8')).toBe(
      revokedPublicKey,
    );
    const [revoked] = await readPublicKeys(revokedPublicKey);
    expect(await keyValidityAt(revoked!, AT)).toBe('revoked');
  });
});
