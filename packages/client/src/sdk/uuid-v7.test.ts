import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Time } from './uuid-v7.js';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('matches the RFC 9562 layout for an example time (fixed random bytes)', () => {
    const id = uuidv7(new Date(0x017f22e279b0), (length) => new Uint8Array(length).fill(0xff));
    expect(id).toBe('017f22e2-79b0-7fff-bfff-ffffffffffff');
  });

  it('is lower-case v7 with the variant bits, encodes its time, and sorts by time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), (ms) => {
        const earlier = uuidv7(new Date(ms));
        const later = uuidv7(new Date(ms + 1));
        expect(earlier).toMatch(UUID7);
        expect(uuidv7Time(earlier).getTime()).toBe(ms);
        expect(earlier < later).toBe(true);
      }),
    );
  });

  it('two ids at the same instant differ', () => {
    const at = new Date('2026-01-15T10:00:00Z');
    expect(uuidv7(at)).not.toBe(uuidv7(at));
  });

  it('refuses times outside 48 bits', () => {
    expect(() => uuidv7(new Date(-1))).toThrow(RangeError);
    expect(() => uuidv7(new Date(Number.NaN))).toThrow(RangeError);
  });
});
