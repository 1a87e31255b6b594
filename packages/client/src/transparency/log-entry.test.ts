import { describe, expect, it } from 'vitest';
import { sampleEntry } from './__fixtures__/sample-entries.js';
import { LogEntry, canonicalJson, decodeLeaf, encodeLeaf } from './log-entry.js';

describe('log entries', () => {
  it('accepts every kind with only pseudonymous facts', () => {
    const kinds = new Set(
      Array.from({ length: 10 }, (_, n) => LogEntry.parse(sampleEntry(n)).kind),
    );
    expect([...kinds].sort()).toEqual([
      'consent-granted',
      'consent-withdrawn',
      'delivery-withheld',
      'disclosure-allowed',
      'disclosure-denied',
      'erasure',
      'key-registered',
      'key-revoked',
      'key-rotated',
      'policy-changed',
    ]);
  });

  it('rejects any field outside the schema, such as a name', () => {
    expect(LogEntry.safeParse({ ...sampleEntry(1), name: 'Ana Petrović' }).success).toBe(false);
  });

  it('rejects free text where a reason code belongs', () => {
    const denied = { ...sampleEntry(2), reason: 'she told us she was afraid' };
    expect(LogEntry.safeParse(denied).success).toBe(false);
  });

  it('rejects a subject that is not a pseudonym and an unknown kind', () => {
    expect(LogEntry.safeParse({ ...sampleEntry(1), subject: 'Ana' }).success).toBe(false);
    expect(LogEntry.safeParse({ ...sampleEntry(1), kind: 'gossip' }).success).toBe(false);
  });
});

describe('canonical leaves', () => {
  it('are byte-identical whatever the key order and set order of the input', () => {
    const entry = sampleEntry(0);
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as typeof entry;
    const shuffled = {
      ...reordered,
      categories: ['health', 'identity', 'exploitation', 'health'],
    } as typeof entry;
    expect(encodeLeaf(3, shuffled)).toBe(encodeLeaf(3, entry));
    expect(encodeLeaf(3, entry)).toContain('"categories":["exploitation","health","identity"]');
    expect(encodeLeaf(3, entry)).toMatch(/^\{"at":.*"seq":3,"subject":/);
  });

  it('round-trip through decodeLeaf', () => {
    for (let n = 0; n < 10; n++) {
      const decoded = decodeLeaf(encodeLeaf(n, sampleEntry(n)));
      expect(decoded.ok && decoded.leaf.seq).toBe(n);
    }
  });

  it('decodeLeaf names what is wrong', () => {
    const text = encodeLeaf(4, sampleEntry(4));
    expect(decodeLeaf('{not json')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(decodeLeaf('[1]')).toMatchObject({ ok: false, problem: 'schema' });
    expect(decodeLeaf(text.replace('"seq":4', '"seq":-1'))).toMatchObject({
      ok: false,
      problem: 'schema',
    });
    expect(decodeLeaf(text.replace('"kind":"consent-withdrawn"', '"kind":"x"'))).toMatchObject({
      ok: false,
      problem: 'schema',
    });
    expect(decodeLeaf(`${text} `)).toMatchObject({ ok: false, problem: 'not-canonical' });
  });

  it('canonicalJson refuses what a leaf never contains', () => {
    expect(canonicalJson({ b: [1, 'x', null, true], a: { d: 1, c: undefined } })).toBe(
      '{"a":{"d":1},"b":[1,"x",null,true]}',
    );
    expect(() => canonicalJson(1.5)).toThrow(TypeError);
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });
});
