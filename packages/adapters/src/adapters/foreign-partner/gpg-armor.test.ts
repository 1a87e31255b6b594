import { describe, expect, it } from 'vitest';
import { dearmor } from '@nrm/client';
import { gpgArmor } from './gpg-armor.js';

describe('gpgArmor', () => {
  it('writes the RFC 4880 checksum (CRC-24 of the bytes) and reads back to the same bytes', async () => {
    const bytes = new TextEncoder().encode('hello');
    const armored = gpgArmor(bytes);
    // CRC-24 of "hello" is 0x47F58A (RFC 4880 algorithm).
    expect(armored.split('\n').at(-3)).toBe(
      `=${Buffer.from([0x47, 0xf5, 0x8a]).toString('base64')}`,
    );
    expect(await dearmor(armored)).toEqual(bytes);
  });
});
