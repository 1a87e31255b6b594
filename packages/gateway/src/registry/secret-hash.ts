import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Slow hash for API tokens: only the scrypt hash is stored, so a copied database does not
 * hand out credentials. N=2^14 keeps a check near 20 ms — slow for guessing, fine per request
 * (results are cached per token by the authenticator).
 */
const PARAMS = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

function scryptHex(secret: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, PARAMS, (error, key) => {
      if (error) {
        reject(error);
      } else {
        resolve(key.toString('hex'));
      }
    });
  });
}

/** Hash a new secret with a fresh salt. */
export async function hashSecret(secret: string): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(16).toString('hex');
  return { hash: await scryptHex(secret, salt), salt };
}

/** Constant-time comparison of a presented secret with a stored hash. */
export async function verifySecret(secret: string, hash: string, salt: string): Promise<boolean> {
  const candidate = Buffer.from(await scryptHex(secret, salt), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

/** A random URL-safe secret. */
export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}
