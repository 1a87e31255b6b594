import { describe, expect, it } from 'vitest';
import { displayFingerprint } from './fingerprint-display.js';

describe('displayFingerprint', () => {
  it('prints a v4 fingerprint as gpg --fingerprint does', () => {
    expect(displayFingerprint('3aa5c34371567bd2c4e0e2d1b1e4d04f0a1c2e3b')).toBe(
      '3AA5 C343 7156 7BD2 C4E0  E2D1 B1E4 D04F 0A1C 2E3B',
    );
  });

  it('accepts the grouped form and mixed case back', () => {
    expect(displayFingerprint('3AA5 C343 7156 7BD2 C4E0  e2d1 b1e4 d04f 0a1c 2e3b')).toBe(
      '3AA5 C343 7156 7BD2 C4E0  E2D1 B1E4 D04F 0A1C 2E3B',
    );
  });
});
