/**
 * The one shape of every bearer token the gateway issues: `<prefix>_<row id>.<secret>`. The id
 * finds the row, the secret is checked against its slow hash; only the hash is stored.
 * `nrm` = agency credential, `nra` = admin user.
 */
export type TokenPrefix = 'nrm' | 'nra';

const PATTERN = /^(nrm|nra)_([0-9a-f-]{36})\.([A-Za-z0-9_-]{16,128})$/;

export function formatToken(prefix: TokenPrefix, id: string, secret: string): string {
  return `${prefix}_${id}.${secret}`;
}

/** The row id and secret of a token of the given kind, or undefined for anything else. */
export function parseToken(
  prefix: TokenPrefix,
  token: string,
): { id: string; secret: string } | undefined {
  const match = PATTERN.exec(token);
  if (match === null || match[1] !== prefix) {
    return undefined;
  }
  return { id: match[2] ?? '', secret: match[3] ?? '' };
}
