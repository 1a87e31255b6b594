/**
 * Mutations of a valid request, each small and named, so a failure can be replayed by name.
 * A deterministic generator (mulberry32) keeps a run reproducible from its seed.
 */
export type Random = () => number;

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

const STRANGE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  1.5,
  '',
  ' ',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  'é'.repeat(300),
  'x'.repeat(70_000),
  [],
  [[[[[[]]]]]],
  {},
  { __proto__: { polluted: true } },
  'nrm.consent-withdrawal',
  'sub_0000AbCdEfGhIjKlMn',
  '2026-01-01T00:00:00Z',
  '../../etc/passwd',
  'rs.cptv',
  ['rs.cptv', 'rs.cptv'],
];

/** Text mutations of a JSON text: a byte flipped, cut short, a member doubled, a BOM, … */
export function mutateText(random: Random, text: string): { name: string; text: string } {
  const at = Math.floor(random() * Math.max(1, text.length));
  const kinds: [string, () => string][] = [
    [
      'flip',
      () =>
        text.slice(0, at) + String.fromCharCode(Math.floor(random() * 256)) + text.slice(at + 1),
    ],
    ['truncate', () => text.slice(0, at)],
    ['bom', () => `\ufeff${text}`],
    ['duplicate-member', () => text.replace(/^\{("[^"]+":[^,]+),/, '{$1,$1,')],
    ['nest', () => `${'['.repeat(5000)}${text}${']'.repeat(5000)}`],
    ['control', () => text.slice(0, at) + '\u0001\u0002' + text.slice(at)],
    ['empty', () => ''],
  ];
  const [name, make] = pick(random, kinds);
  return { name: `text:${name}`, text: make() };
}

/** Value mutations of a JSON object: a member replaced by a strange value, dropped or added. */
export function mutateValue(
  random: Random,
  value: Record<string, unknown>,
): { name: string; value: Record<string, unknown> } {
  const keys = Object.keys(value);
  const key = pick(random, keys.length > 0 ? keys : ['x']);
  const roll = random();
  if (roll < 0.6) {
    return { name: `value:${key}`, value: { ...value, [key]: pick(random, STRANGE_VALUES) } };
  }
  if (roll < 0.8) {
    const { [key]: _dropped, ...rest } = value;
    return { name: `drop:${key}`, value: rest };
  }
  return { name: 'extra-member', value: { ...value, extra: pick(random, STRANGE_VALUES) } };
}
