import { MAX_DEPTH, MAX_PAYLOAD_BYTES, utf8Length } from './limits.js';
import { parseFailure, type ParseResult } from './parse-error.js';

/**
 * Strict JSON: the only reading of a signed object (envelope, consent scope, receipt, payload).
 * RFC 8259 text in UTF-8 without a byte order mark, valid UTF-8, and I-JSON's unique member
 * names (RFC 7493 §2.3). A reader that let the last duplicate win would check one message and
 * hand another reader (gpg + jq, Python, Go — some take the first) a different one under the
 * same signature. Errors say what and where (path, line, column), never the bytes themselves.
 */
export interface StrictJsonOptions {
  /** Largest accepted input in UTF-8 bytes (default 1 MiB). */
  maxBytes?: number;
  /** Deepest accepted nesting (default 32). */
  maxDepth?: number;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Frame =
  | { kind: 'object'; names: Set<string>; name: string | undefined }
  | { kind: 'array'; index: number };

/** Where the reader stopped: the path of the value it was in, and line/column of the byte. */
function location(text: string, at: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return `line ${line} column ${column}`;
}

function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const frame of stack) {
    if (frame.kind === 'array') {
      path.push(frame.index);
    } else if (frame.name !== undefined) {
      path.push(frame.name);
    }
  }
  return path;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const HEX = /^[0-9A-Fa-f]{4}$/;

/**
 * The end (after the closing quote) of the string token starting at `start`, or -1 when it
 * is not one: no raw control characters, only the escapes RFC 8259 defines. A plain loop —
 * a regular expression over a megabyte-long unterminated string exhausts the regexp stack.
 */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      return i + 1;
    }
    if (c < 0x20) {
      return -1;
    }
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) {
          return -1;
        }
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 1;
      } else {
        return -1;
      }
    }
  }
  return -1;
}

// An escaped surrogate; I-JSON (RFC 7493 §2.1) allows it only as half of a pair.
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/** True when every surrogate in `text` is half of a pair (no lone halves). */
function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) {
        return false;
      }
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Checks the grammar, duplicate names and depth of `text` in one pass without recursion;
 * undefined when all is well, or the failure.
 */
function check(text: string, maxDepth: number): ParseResult<never> | undefined {
  const stack: Frame[] = [];
  let i = 0;
  // What may come next: a value, an object member name (or `}` if first), `,`/end of container.
  let expect: 'value' | 'name' | 'first-name' | 'first-value' | 'after' = 'value';
  // A text that is not JSON is wrong as a whole (path []); line and column say where.
  const fail = (what: string, at: number) =>
    parseFailure('MALFORMED_JSON', `is not JSON: ${what} at ${location(text, at)}`, [
      { path: [], message: `${what} at ${location(text, at)}` },
    ]);
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) {
      i++;
    }
    if (i >= text.length) {
      return stack.length === 0 && expect === 'after' ? undefined : fail('unexpected end', i);
    }
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (expect === 'after') {
      if (top === undefined) {
        return fail('unexpected text after the value', i);
      }
      if (c === ',') {
        i++;
        if (top.kind === 'array') {
          top.index++;
          expect = 'value';
        } else {
          expect = 'name';
        }
        continue;
      }
      if ((c === ']' && top.kind === 'array') || (c === '}' && top.kind === 'object')) {
        i++;
        stack.pop();
        continue;
      }
      return fail(`expected "," or the end of the ${top.kind}`, i);
    }
    if (expect === 'name' || expect === 'first-name') {
      if (c === '}' && expect === 'first-name') {
        i++;
        stack.pop();
        expect = 'after';
        continue;
      }
      const end = c === '"' ? stringEnd(text, i) : -1;
      if (end < 0) {
        return fail(c === '"' ? 'invalid string' : 'expected a member name', i);
      }
      const name = JSON.parse(text.slice(i, end)) as string;
      if (!wellFormed(name)) {
        return fail('unpaired surrogate in a string', i);
      }
      const frame = top as Extract<Frame, { kind: 'object' }>;
      frame.name = name;
      if (frame.names.has(name)) {
        return parseFailure(
          'MALFORMED_JSON',
          `has a duplicate member name at ${location(text, i)}`,
          [
            {
              path: pathOf(stack),
              message: 'duplicate member name (signed JSON requires unique names, RFC 7493)',
            },
          ],
        );
      }
      frame.names.add(name);
      i = end;
      while (i < text.length && isSpace(text.charCodeAt(i))) {
        i++;
      }
      if (text[i] !== ':') {
        return fail('expected ":"', i);
      }
      i++;
      expect = 'value';
      continue;
    }
    // A value.
    if (c === ']' && expect === 'first-value') {
      i++;
      stack.pop();
      expect = 'after';
      continue;
    }
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) {
        return parseFailure('PAYLOAD_TOO_DEEP', `nests deeper than ${maxDepth} levels`, [
          { path: pathOf(stack), message: `nests deeper than ${maxDepth} levels` },
        ]);
      }
      stack.push(
        c === '{'
          ? { kind: 'object', names: new Set(), name: undefined }
          : { kind: 'array', index: 0 },
      );
      i++;
      expect = c === '{' ? 'first-name' : 'first-value';
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) {
        return fail('invalid string', i);
      }
      const token = text.slice(i, end);
      if (ESCAPED_SURROGATE.test(token) && !wellFormed(JSON.parse(token) as string)) {
        return fail('unpaired surrogate in a string', i);
      }
      i = end;
      expect = 'after';
      continue;
    }
    const pattern = c === '-' || (c >= '0' && c <= '9') ? NUMBER : LITERAL;
    pattern.lastIndex = i;
    if (pattern.exec(text) === null) {
      return fail('unexpected character', i);
    }
    i = pattern.lastIndex;
    expect = 'after';
  }
}

/**
 * Read strict JSON from UTF-8 bytes or text. Messages name no subject (`is not valid UTF-8`):
 * the caller prefixes what was read (`payload`, `envelope`). Failures: `PAYLOAD_TOO_LARGE` over `maxBytes`,
 * `PAYLOAD_TOO_DEEP` beyond `maxDepth`, `MALFORMED_JSON` for a BOM, invalid UTF-8, bad syntax
 * or a duplicate member name (its issue carries the path of the duplicate).
 */
export function readStrictJson(
  input: string | Uint8Array,
  options: StrictJsonOptions = {},
): ParseResult<unknown> {
  const maxBytes = options.maxBytes ?? MAX_PAYLOAD_BYTES;
  let text: string;
  if (typeof input === 'string') {
    text = input;
    if (utf8Length(text) > maxBytes) {
      return parseFailure('PAYLOAD_TOO_LARGE', `exceeds ${maxBytes} bytes`);
    }
    if (!wellFormed(text)) {
      return parseFailure('MALFORMED_JSON', 'is not valid Unicode (an unpaired surrogate)');
    }
  } else {
    if (input.byteLength > maxBytes) {
      return parseFailure(
        'PAYLOAD_TOO_LARGE',
        `is ${input.byteLength} bytes, the limit is ${maxBytes}`,
      );
    }
    try {
      text = fatalDecoder.decode(input);
    } catch {
      return parseFailure('MALFORMED_JSON', 'is not valid UTF-8');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return parseFailure(
      'MALFORMED_JSON',
      'starts with a byte order mark (not allowed in signed JSON)',
    );
  }
  const problem = check(text, options.maxDepth ?? MAX_DEPTH);
  if (problem !== undefined) {
    return problem;
  }
  // The grammar is checked; JSON.parse builds the value (own `__proto__` members included).
  return { ok: true, value: JSON.parse(text) as unknown };
}
