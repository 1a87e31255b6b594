import type { PrivateKey, PublicKey } from 'openpgp';
import {
  generateAgencyKey,
  readAgencyPrivateKey,
  readPublicKeys,
  type AgencyKeyPair,
} from '../agency-key.js';

/** A fixed "now" for crypto tests: time is a parameter everywhere. */
export const AT = new Date('2026-01-15T10:00:00Z');

/** A generated agency key, both armored and parsed. */
export interface TestAgencyKey extends AgencyKeyPair {
  agencyId: string;
  private: PrivateKey;
  public: PublicKey;
}

/** Generate a real agency key for tests (ed25519 keys take milliseconds). */
export async function testAgencyKey(
  agencyId: string,
  at: Date = AT,
  validForSeconds?: number,
): Promise<TestAgencyKey> {
  const pair = await generateAgencyKey({
    agencyId,
    at,
    ...(validForSeconds === undefined ? {} : { validForSeconds }),
  });
  const [publicKey] = await readPublicKeys(pair.publicKey);
  if (publicKey === undefined) {
    throw new Error('generated key has no public key');
  }
  return {
    ...pair,
    agencyId,
    private: await readAgencyPrivateKey(pair.privateKey),
    public: publicKey,
  };
}
