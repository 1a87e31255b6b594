import { describe, expect, it } from 'vitest';
import { isSha256Digest, sha256Digest } from './digest.js';

describe('sha256Digest', () => {
  it('is sha256: + lower-case hex of the exact bytes (FIPS 180-2 "abc" vector)', () => {
    expect(sha256Digest(new TextEncoder().encode('abc'))).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('changes with a single byte', () => {
    expect(sha256Digest(new Uint8Array([0]))).not.toBe(sha256Digest(new Uint8Array([1])));
  });

  it('isSha256Digest accepts only the canonical form', () => {
    expect(isSha256Digest(sha256Digest(new Uint8Array()))).toBe(true);
    expect(isSha256Digest('sha256:' + 'A'.repeat(64))).toBe(false);
    expect(isSha256Digest('sha1:' + 'a'.repeat(40))).toBe(false);
    expect(isSha256Digest('sha256:' + 'a'.repeat(63))).toBe(false);
  });
});
