/** Source of random bytes; injectable so tests are deterministic. */
export type RandomBytes = (length: number) => Uint8Array;

const cryptoRandom: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/**
 * A lower-case UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, 74 random bits.
 * Message ids sort by creation time, which keeps inboxes and logs in order.
 */
export function uuidv7(at: Date, random: RandomBytes = cryptoRandom): string {
  const ms = at.getTime();
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) {
    throw new RangeError('UUIDv7 needs a time between 1970 and year 10889.');
  }
  const bytes = new Uint8Array(16);
  bytes.set(random(10), 6);
  let rest = ms;
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time encoded in a UUIDv7. */
export function uuidv7Time(id: string): Date {
  return new Date(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16));
}
