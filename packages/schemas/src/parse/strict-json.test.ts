import { describe, expect, it } from 'vitest';
import { readStrictJson } from './strict-json.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function failure(input: string | Uint8Array) {
  const result = readStrictJson(input);
  if (result.ok) {
    throw new Error('expected a failure');
  }
  return result.error;
}

describe('readStrictJson', () => {
  it('reads RFC 8259 text and bytes to the same value as JSON.parse', () => {
    const text =
      '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\ud83d\\ude00"],"b":{},"c":[],"__proto__":1}';
    expect(readStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    expect(readStrictJson(bytes(` \n${text}\r\n`))).toEqual({ ok: true, value: JSON.parse(text) });
    expect(readStrictJson('"s"')).toEqual({ ok: true, value: 's' });
  });

  it('refuses a duplicate member name with the path of the duplicate', () => {
    const error = failure('{"to":["rs.police.border"],"to":["rs.csw.belgrade"]}');
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.issues[0]?.path).toEqual(['to']);
    expect(error.message).toMatch(/duplicate member name at line 1 column 28/);
    // The same name spelled with an escape is the same name.
    expect(failure('{"a":{"x":[{"type":1,"typ\\u0065":2}]}}').issues[0]?.path).toEqual([
      'a',
      'x',
      0,
      'type',
    ]);
  });

  it('allows the same name in different objects', () => {
    expect(readStrictJson('[{"a":1},{"a":2}]').ok).toBe(true);
    expect(readStrictJson('{"a":{"a":1}}').ok).toBe(true);
  });

  it('refuses a byte order mark, invalid UTF-8 and unpaired surrogates', () => {
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])).message).toMatch(/byte order mark/);
    expect(failure('\ufeff1').message).toMatch(/byte order mark/);
    expect(failure(new Uint8Array([0x22, 0xc3, 0x28, 0x22])).message).toBe('is not valid UTF-8');
    expect(failure('"\\ud800"').message).toMatch(/unpaired surrogate/);
    expect(failure('{"\\udc00":1}').message).toMatch(/unpaired surrogate/);
    expect(failure('"\ud800"').message).toMatch(/unpaired surrogate/);
  });

  it('refuses what RFC 8259 does not allow, saying where and not echoing the bytes', () => {
    for (const text of [
      '',
      '{',
      '{"a":1,}',
      '[1,]',
      '{"a" 1}',
      '{a:1}',
      '01',
      '1.',
      '+1',
      'NaN',
      "'a'",
      '"tab\there"',
      '"\\x41"',
      '[1] [2]',
      '{"a":1}}',
      '[1}',
    ]) {
      const error = failure(text);
      expect(error.code, text).toBe('MALFORMED_JSON');
      expect(error.message, text).toMatch(/^is not JSON: .* at line \d+ column \d+$/);
    }
    const error = failure('{"ok":1,\n "x":\u0007secret}');
    expect(error.message).toBe('is not JSON: unexpected character at line 2 column 6');
    expect(error.issues[0]?.path).toEqual([]);
    expect(error.message).not.toContain('secret');
  });

  it('reads megabyte-long strings and numbers without exhausting a stack, terminated or not', () => {
    const long = 'A'.repeat(900_000);
    expect(readStrictJson(`{"p":"${long}"}`)).toEqual({ ok: true, value: { p: long } });
    expect(failure(`{"p":"${long}`).message).toBe('is not JSON: invalid string at line 1 column 6');
    expect(readStrictJson('9'.repeat(900_000)).ok).toBe(true);
    expect(readStrictJson(`["${'\\n'.repeat(300_000)}"]`).ok).toBe(true);
  });

  it('bounds size and depth before building anything', () => {
    expect(failure(new Uint8Array(1024 * 1024 + 1)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(readStrictJson(bytes('"123456789"'), { maxBytes: 10 })).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(readStrictJson('"žž"', { maxBytes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(readStrictJson('[[[1]]]', { maxDepth: 3 }).ok).toBe(true);
    expect(readStrictJson('[[[[1]]]]', { maxDepth: 3 })).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_DEEP', issues: [{ path: [0, 0, 0] }] },
    });
    expect(failure('['.repeat(100_000)).code).toBe('PAYLOAD_TOO_DEEP');
  });
});
