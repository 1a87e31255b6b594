/**
 * Published `pattern`s must mean the same to every validator a partner may use. JSON Schema
 * reads them as ECMA-262, but Python's `jsonschema` runs them through `re`, where `\d` matches
 * any Unicode digit and `$` also matches before a final "\n". This module rewrites an
 * ECMA-262 pattern into a form that means the same under ECMA-262 and Python `re`, using only
 * identities of ECMA-262 (ADR 0006), and refuses constructs whose meaning differs between them.
 */

/** The end anchor: `$` is already the end of input in ECMA-262; the lookahead stops Python's `$` before a final newline. */
export const PORTABLE_END = '$(?!\\n)';

/** Escapes whose meaning is the same literal character in ECMA-262 (`u` flag) and Python `re`. */
const LITERAL_ESCAPES = new Set([...'.^$|?*+()[]{}/\\', 'n']);

export class UnportablePatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly at: number,
    reason: string,
  ) {
    super(`pattern ${JSON.stringify(pattern)} at ${at}: ${reason}`);
    this.name = 'UnportablePatternError';
  }
}

/**
 * The portable form of an ECMA-262 pattern: `\d` becomes `[0-9]` (`0-9` inside a class), `$`
 * becomes {@link PORTABLE_END}. Throws {@link UnportablePatternError} on `.`, `\w`, `\s`,
 * `\b`, lookarounds, backreferences and other escapes whose meaning differs.
 */
export function portablePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      i += 1;
      if (next === 'd') {
        out += inClass ? '0-9' : '[0-9]';
      } else if (next !== undefined && (LITERAL_ESCAPES.has(next) || (inClass && next === '-'))) {
        out += `\\${next}`;
      } else {
        throw new UnportablePatternError(
          pattern,
          i - 1,
          `escape \\${next ?? ''} means different things in ECMA-262 and Python re`,
        );
      }
    } else if (inClass) {
      if (c === '[') {
        throw new UnportablePatternError(pattern, i, 'nested "[" in a class');
      }
      inClass = c !== ']';
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A "]" right after "[" or "[^" is a literal in Python but ends an empty class in ECMA-262.
      const first = pattern[i + 1] === '^' ? i + 2 : i + 1;
      if (pattern[first] === ']') {
        throw new UnportablePatternError(pattern, first, '"]" first in a class');
      }
    } else if (c === '$') {
      out += PORTABLE_END;
    } else if (c === '.') {
      throw new UnportablePatternError(
        pattern,
        i,
        '"." excludes different line terminators in ECMA-262 and Python re',
      );
    } else if (c === '(' && pattern[i + 1] === '?' && pattern[i + 2] !== ':') {
      throw new UnportablePatternError(pattern, i, 'only (?: groups are portable');
    } else {
      out += c;
    }
  }
  if (inClass) {
    throw new UnportablePatternError(pattern, pattern.length, 'unterminated class');
  }
  return out;
}

/** Keywords whose values are data, not subschemas: a string there is never a pattern. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'examples', 'default', 'x-nrm-labels']);

/** A copy of a JSON Schema document with every `pattern` in its portable form. */
export function withPortablePatterns<T>(node: T): T {
  if (Array.isArray(node)) {
    return node.map((n: unknown) => withPortablePatterns(n)) as T;
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  return Object.fromEntries(
    Object.entries(node).map(([k, v]: [string, unknown]) => {
      if (k === 'pattern' && typeof v === 'string') {
        return [k, portablePattern(v)];
      }
      return [k, DATA_KEYWORDS.has(k) ? v : withPortablePatterns(v)];
    }),
  ) as T;
}
