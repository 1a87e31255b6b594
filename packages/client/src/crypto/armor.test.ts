import { describe, expect, it } from 'vitest';
import { armorMessage, dearmor, isArmored } from './armor.js';

describe('armor', () => {
  const bytes = new Uint8Array([0xc1, 0x02, 0x03, 0xff, 0x00]);

  it('round-trips binary bytes through ASCII armor', async () => {
    const text = armorMessage(bytes);
    expect(text).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(isArmored(text)).toBe(true);
    expect(isArmored(new TextEncoder().encode(`\n${text}`))).toBe(true);
    expect(await dearmor(text)).toEqual(bytes);
  });

  it('recognises binary as not armored', () => {
    expect(isArmored(bytes)).toBe(false);
  });

  it('rejects text that is not armor with BAD_REQUEST', async () => {
    await expect(dearmor('hello')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
