import type { PublicKey } from 'openpgp';
import { keyValidityAt, readPublicKeys } from '../crypto/index.js';
import { GatewayError } from '../errors/index.js';
import type { GatewayHttp, RegisteredKey } from './gateway-http.js';

interface Entry {
  registered: RegisteredKey;
  key: PublicKey;
}

const CACHE_MS = 5 * 60_000;

/**
 * The public keys of agencies (and of the gateway) as the gateway's registry publishes them
 * (`GET /v1/keys/:agencyId`), cached for five minutes.
 */
export class KeyDirectory {
  private readonly cache = new Map<string, { fetchedAt: number; entries: Entry[] }>();

  constructor(private readonly http: Pick<GatewayHttp, 'keys'>) {}

  /**
   * Keys to encrypt to at `at`: inside their registered window, not revoked, and valid as
   * OpenPGP keys. During a rotation overlap that is both keys, so either one decrypts.
   */
  async sealingKeys(agencyId: string, at: Date): Promise<PublicKey[]> {
    const usable: PublicKey[] = [];
    for (const { registered, key } of await this.entries(agencyId, at)) {
      if (
        inWindow(registered, at) &&
        !revokedBy(registered, at) &&
        (await keyValidityAt(key, at)) === 'valid'
      ) {
        usable.push(key);
      }
    }
    if (usable.length === 0) {
      throw new GatewayError('KEY_UNKNOWN', {
        message: `${agencyId} has no current key to encrypt to.`,
      });
    }
    return usable;
  }

  /**
   * Keys a signature by this agency may verify against at `at`: every registered key not
   * revoked by then. A key past its registered window still verifies what it signed before;
   * OpenPGP's own expiry and revocation are checked again when verifying.
   */
  async verificationKeys(agencyId: string, at: Date): Promise<PublicKey[]> {
    return (await this.entries(agencyId, at))
      .filter(({ registered }) => !revokedBy(registered, at))
      .map(({ key }) => key);
  }

  /**
   * Keys of this agency the registry has revoked by `at`. A signature by one of them is
   * reported as KEY_REVOKED rather than as coming from an unknown key.
   */
  async revokedKeys(agencyId: string, at: Date): Promise<PublicKey[]> {
    return (await this.entries(agencyId, at))
      .filter(({ registered }) => revokedBy(registered, at))
      .map(({ key }) => key);
  }

  /** Drop every cached key list, so the next lookup asks the registry again. */
  forget(): void {
    this.cache.clear();
  }

  private async entries(agencyId: string, at: Date): Promise<Entry[]> {
    const cached = this.cache.get(agencyId);
    if (
      cached !== undefined &&
      at.getTime() - cached.fetchedAt < CACHE_MS &&
      at.getTime() >= cached.fetchedAt
    ) {
      return cached.entries;
    }
    const { keys } = await this.http.keys(agencyId);
    const entries: Entry[] = [];
    for (const registered of keys) {
      const [key] = await readPublicKeys(registered.publicKey);
      if (key !== undefined) {
        entries.push({ registered, key });
      }
    }
    this.cache.set(agencyId, { fetchedAt: at.getTime(), entries });
    return entries;
  }
}

function inWindow(key: RegisteredKey, at: Date): boolean {
  const from = Date.parse(key.validFrom);
  const until = key.validUntil == null ? Number.POSITIVE_INFINITY : Date.parse(key.validUntil);
  return from <= at.getTime() && at.getTime() < until;
}

function revokedBy(key: RegisteredKey, at: Date): boolean {
  return key.revokedAt != null && Date.parse(key.revokedAt) <= at.getTime();
}
