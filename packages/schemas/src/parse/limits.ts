/**
 * Bounds on untrusted input, checked before any schema runs: a payload is at most 1 MiB of
 * UTF-8 JSON and nests at most 32 levels (no NRM message needs more than 6).
 */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;

/**
 * Depth of a JSON value without recursion (a hostile 100 000-level array must not blow the
 * stack). Stops counting as soon as `limit` is exceeded.
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: { v: unknown; d: number }[] = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') {
      continue;
    }
    if (d + 1 > limit) {
      return true;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      stack.push({ v: child, d: d + 1 });
    }
  }
  return false;
}

/** UTF-8 length of a string, without allocating a buffer. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      n += 1;
    } else if (c < 0x800) {
      n += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    } else {
      n += 3;
    }
  }
  return n;
}
