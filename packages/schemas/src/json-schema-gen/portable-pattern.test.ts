import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateEcmaJsonSchemas } from './artefacts.js';
import { portablePattern, UnportablePatternError } from './portable-pattern.js';

/** Every distinct pattern of every released schema, as zod wrote it. */
function releasedPatterns(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'pattern' && typeof v === 'string') {
          found.add(v);
        } else {
          walk(v);
        }
      }
    }
  };
  generateEcmaJsonSchemas().forEach(walk);
  return [...found];
}

// Ajv compiles patterns with the `u` flag; ECMA-262 is the dialect JSON Schema names.
const ecma = (pattern: string) => new RegExp(pattern, 'u');

describe('portable patterns keep their ECMA-262 meaning', () => {
  const patterns = releasedPatterns();

  it('\\d and [0-9] match the same code points, all 1 114 112 of them', () => {
    const d = ecma('^\\d$');
    const range = ecma(`^${portablePattern('\\d')}$`);
    const inClass = ecma(`^[${portablePattern('[\\d]').slice(1, -1)}]$`);
    let digits = 0;
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      const s = String.fromCodePoint(cp);
      const verdict = d.test(s);
      digits += verdict ? 1 : 0;
      if (range.test(s) !== verdict || inClass.test(s) !== verdict) {
        throw new Error(`disagree on U+${cp.toString(16)}`);
      }
    }
    expect(digits).toBe(10);
  });

  it('every released pattern accepts and refuses the same strings before and after', () => {
    expect(patterns.length).toBeGreaterThan(15);
    let accepted = 0;
    for (const pattern of patterns) {
      const before = ecma(pattern);
      const after = ecma(portablePattern(pattern));
      const hostile = (s: string): string[] => [
        s,
        `${s}\n`,
        `${s}\r\n`,
        `\n${s}`,
        `${s}\u2028`,
        s.replace(/[0-9]/u, '\u0663'),
        s.replace(/[0-9]/gu, '\uff11'),
        s.slice(0, -1),
        `${s}0`,
      ];
      fc.assert(
        fc.property(
          fc.oneof(fc.stringMatching(before), fc.string({ unit: 'binary', maxLength: 40 })),
          (s) => {
            for (const candidate of hostile(s)) {
              const verdict = before.test(candidate);
              accepted += verdict ? 1 : 0;
              if (after.test(candidate) !== verdict) {
                return false;
              }
            }
            return true;
          },
        ),
        { numRuns: 200, seed: 8 },
      );
    }
    expect(accepted).toBeGreaterThan(patterns.length * 100);
  });

  it('rewrites only \\d and the end anchor', () => {
    expect(portablePattern('^[A-Z]{2}$')).toBe('^[A-Z]{2}$(?!\\n)');
    expect(portablePattern('^\\d{4}-[\\d.]+$')).toBe('^[0-9]{4}-[0-9.]+$(?!\\n)');
    expect(portablePattern('^a\\$b\\\\d[$]$')).toBe('^a\\$b\\\\d[$]$(?!\\n)');
    expect(portablePattern('^(?:x|y)[a-z0-9-]$')).toBe('^(?:x|y)[a-z0-9-]$(?!\\n)');
  });

  it.each([
    ['.', '^a.b$'],
    ['\\w', '^\\w+$'],
    ['\\s', '^\\s$'],
    ['\\b', '\\bword\\b'],
    ['\\D', '^\\D$'],
    ['a lookahead', '^(?=a)a$'],
    ['a lookbehind', '^(?<=a)b$'],
    ['a named group', '^(?<n>a)$'],
    ['a backreference', '^(a)\\1$'],
    ['a property escape', '^\\p{L}$'],
    ['a leading "]"', '^[]a]$'],
    ['an unterminated class', '^[a-z$'],
  ])('refuses %s, whose meaning differs between the dialects', (_what, pattern) => {
    expect(() => portablePattern(pattern)).toThrow(UnportablePatternError);
  });
});
