import { describe, expect, it } from 'vitest';
import { isCountryCode } from './country-code.js';

describe('isCountryCode', () => {
  it('accepts assigned ISO 3166-1 alpha-2 codes, and XK', () => {
    for (const code of ['RS', 'AT', 'MD', 'PK', 'BA', 'ME', 'MK', 'DE', 'XK']) {
      expect(isCountryCode(code), code).toBe(true);
    }
  });

  it('refuses unknown, user-assigned and grouping codes, and other shapes', () => {
    for (const code of ['ZZ', 'QO', 'EU', 'UN', 'XA', 'AA', 'YU', 'CS', 'rs', 'SRB', '']) {
      expect(isCountryCode(code), code).toBe(false);
    }
  });
});
