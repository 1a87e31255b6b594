import { pick, type Random } from './mutations.js';

/** Unicode that breaks naive code: lone surrogates, direction overrides, joiners, NUL, BOMs. */
export const UNICODE_EDGES = [
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\u202e',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\u0000',
  'e\u0301',
  '\u00e9',
  'ﬁ',
  'İ',
  '\u2028',
  '𝔫𝔯𝔪',
  'ǅ',
  '\u{10ffff}',
] as const;

/** A unicode edge case spliced into a text. */
export function unicodeSplice(random: Random, text: string): { name: string; text: string } {
  const edge = pick(random, UNICODE_EDGES);
  const at = Math.floor(random() * Math.max(1, text.length));
  const times = pick(random, [1, 3, 1000]);
  return {
    name: `unicode:U+${edge.codePointAt(0)!.toString(16)}×${times}`,
    text: text.slice(0, at) + edge.repeat(times) + text.slice(at),
  };
}

/** JSON at the edges of nesting, size and number range. */
export function jsonExtreme(random: Random): { name: string; text: string } {
  const depth = pick(random, [64, 1000, 100_000]);
  const kinds: [string, () => string][] = [
    ['deep-objects', () => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`],
    ['deep-arrays', () => `${'['.repeat(depth)}${']'.repeat(depth)}`],
    ['unclosed', () => '{"a":'.repeat(depth)],
    [
      'many-members',
      () => `{${Array.from({ length: depth }, (_, i) => `"k${i}":${i}`).join(',')}}`,
    ],
    ['long-key', () => `{"${'k'.repeat(depth * 10)}":1}`],
    [
      'number',
      () => `{"envelope":${pick(random, ['1e999999', '-0', '1'.repeat(5000), '0x10', 'NaN'])}}`,
    ],
    ['escapes', () => `{"envelope":"${'\\u0000'.repeat(depth)}"}`],
    ['bad-escape', () => '{"envelope":"\\ud800\\u"}'],
    ['top-level', () => pick(random, ['null', '1', '"x"', 'true', '[]', ' '])],
  ];
  const [name, make] = pick(random, kinds);
  return { name: `json:${name}×${depth}`, text: make() };
}

/** A multipart body for the submit route, with its boundary at the edges. */
export function multipartBody(
  random: Random,
  parts: Record<string, string>,
): { name: string; contentType: string; body: string } {
  const boundary = pick(random, ['x', 'a'.repeat(70), 'a'.repeat(200), '"quoted"', 'é', '--', '']);
  const crlf = random() < 0.8 ? '\r\n' : '\n';
  const entries = Object.entries(parts);
  const kinds: [string, () => string[]][] = [
    ['well-formed', () => entries.map(([k, v]) => part(k, v))],
    ['duplicate', () => [...entries, ...entries].map(([k, v]) => part(k, v))],
    ['unknown-part', () => [...entries.map(([k, v]) => part(k, v)), part('other', 'x')]],
    ['no-name', () => entries.map(([, v]) => `Content-Disposition: form-data${crlf}${crlf}${v}`)],
    ['file-parts', () => entries.map(([k, v]) => part(k, v, `; filename="${k}\u202e.exe"`))],
    ['many', () => Array.from({ length: 2000 }, (_, i) => part(`p${i}`, 'x'))],
    ['boundary-in-body', () => entries.map(([k, v]) => part(k, `${v}${crlf}--${boundary}`))],
  ];
  function part(name: string, value: string, extra = ''): string {
    return `Content-Disposition: form-data; name="${name}"${extra}${crlf}${crlf}${value}`;
  }
  const [name, make] = pick(random, kinds);
  const bodies = make().map((p) => `--${boundary}${crlf}${p}${crlf}`);
  const end = random() < 0.8 ? `--${boundary}--${crlf}` : '';
  return {
    name: `multipart:${name} boundary=${boundary.slice(0, 8)}`,
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: bodies.join('') + end,
  };
}
