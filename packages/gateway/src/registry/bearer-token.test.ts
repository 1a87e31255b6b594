import { describe, expect, it } from 'vitest';
import { formatToken, parseToken } from './bearer-token.js';

const ID = '0190a6f1-0000-7000-8000-000000000001';
const SECRET = 'abcdefghijklmnop_QRST-1234';

describe('bearer tokens', () => {
  it('round-trips an agency and an admin token', () => {
    expect(parseToken('nrm', formatToken('nrm', ID, SECRET))).toEqual({ id: ID, secret: SECRET });
    expect(parseToken('nra', formatToken('nra', ID, SECRET))).toEqual({ id: ID, secret: SECRET });
  });
  it('an admin token is not an agency token, and the other way round', () => {
    expect(parseToken('nrm', formatToken('nra', ID, SECRET))).toBeUndefined();
    expect(parseToken('nra', formatToken('nrm', ID, SECRET))).toBeUndefined();
  });
  it('refuses malformed tokens', () => {
    for (const bad of [
      '',
      'nrm_',
      `nrm_${ID}`,
      `nrm_${ID}.short`,
      `nrm_not-a-uuid.${SECRET}`,
      ` nrm_${ID}.${SECRET}`,
    ]) {
      expect(parseToken('nrm', bad), bad).toBeUndefined();
    }
  });
});
