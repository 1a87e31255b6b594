import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { generateJsonSchemas, versionKey } from '../src/json-schema-gen/artefacts.js';
import { createValidator } from './json-schema-validator.js';

/**
 * zod and a JSON Schema validator must give the same verdict on every payload: a foreign
 * partner validating with the JSON Schema in Python or Java must accept exactly what our
 * TypeScript readers accept.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const ajv = createValidator();
/** Generated payloads per verdict, to show the generator reaches both sides of the line. */
const seen = { valid: 0, invalid: 0 };
const schemas = generateJsonSchemas();

/** Values that sit on the edges of our patterns, bounds and formats. */
const TRICKY: Json[] = [
  '',
  ' ',
  'a',
  'x'.repeat(65),
  '😀'.repeat(3),
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  '2026-03-02T09:00:00+01:00',
  '2026-03-02T09:00:00',
  '2026-03-02t09:00:00z',
  '2026-03-02T24:00:00Z',
  '2026-03-02T23:59:60Z',
  '2026-03-02T09:00Z',
  '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
  '0190F5A2-7C3E-7A10-9B2C-3D4E5F607182',
  '0190f5a2-7c3e-4a10-9b2c-3d4e5f607182',
  'sub_4F8K2M7Q9X1B3R5T',
  'sub_short',
  'case_7QK2M9X4B1R8T3W6',
  'rs.cptv',
  'RS.cptv',
  'rs',
  'RS',
  'XX',
  'sr',
  'child.begging-on-street',
  'ilo.Begging',
  `sha256:${'a'.repeat(64)}`,
  `sha256:${'A'.repeat(64)}`,
  'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
  -1,
  0,
  1,
  1.5,
  120,
  121,
  1001,
  true,
  false,
  null,
  [],
  {},
];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(...pathsOf(v, [...prefix, k]));
    }
  }
  return out;
}

type Mutation =
  | { kind: 'set'; value: Json }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: Json }
  | { kind: 'duplicate' };

function mutate(root: Json, path: Path, m: Mutation): Json {
  const copy = structuredClone(root);
  if (path.length === 0) {
    return m.kind === 'set' ? m.value : copy;
  }
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) {
    parent = (parent as Record<string | number, Json>)[step]!;
  }
  const last = path[path.length - 1]!;
  const container = parent as Record<string | number, Json>;
  switch (m.kind) {
    case 'set':
      container[last] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) {
        parent.splice(Number(last), 1);
      } else {
        delete container[last];
      }
      break;
    case 'add': {
      const target = container[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        target[m.key] = m.value;
      }
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) {
        parent.push(structuredClone(parent[Number(last)]!));
      }
      break;
  }
  return copy;
}

/** The example without its optional fields: the smallest valid payload. */
function withoutOptionals(value: Json, schema: Record<string, unknown>): Json {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    schema.properties === undefined
  ) {
    return value;
  }
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const props = schema.properties as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => required.has(k))
      .map(([k, v]) => [k, withoutOptionals(v, props[k] ?? {})]),
  );
}

for (const definition of CATALOGUE.values()) {
  for (const [v, schema] of Object.entries(definition.versions)) {
    const version = Number(v);
    const key = versionKey(definition.type, version);
    const jsonSchema = schemas.get(key)!;
    const validate = ajv.compile(jsonSchema);
    const example = definition.examples[version] as Json;
    const verdicts = (data: Json): [boolean, boolean] => [
      schema.safeParse(data).success,
      validate(data),
    ];

    describe(`${key}: zod and JSON Schema agree`, () => {
      it('on the valid corpus: the example and its minimal form', () => {
        expect(verdicts(example)).toEqual([true, true]);
        expect(verdicts(withoutOptionals(example, jsonSchema))).toEqual([true, true]);
      });

      it('on the invalid corpus: wrong root, unknown field, each field removed or mistyped', () => {
        const corpus: Json[] = [
          null,
          [],
          'payload',
          42,
          { ...(example as object), unknownField: 1 },
        ];
        for (const field of Object.keys(example as object)) {
          corpus.push(mutate(example, [field], { kind: 'delete' }));
          corpus.push(mutate(example, [field], { kind: 'set', value: { nested: true } }));
          corpus.push(mutate(example, [field], { kind: 'set', value: 12345.5 }));
        }
        for (const data of corpus) {
          const [z, j] = verdicts(data);
          expect(z, JSON.stringify(data)).toBe(j);
        }
        expect(verdicts(corpus[4]!)).toEqual([false, false]);
      });

      it('on generated mutations of the example (fast-check)', () => {
        const paths = pathsOf(example);
        const value = fc.oneof(
          fc.constantFrom(...TRICKY),
          fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
        );
        const mutation: fc.Arbitrary<Mutation> = fc.oneof(
          value.map((v) => ({ kind: 'set' as const, value: v })),
          fc.constant({ kind: 'delete' as const }),
          fc.constant({ kind: 'duplicate' as const }),
          fc
            .tuple(fc.constantFrom('extra', 'status', 'note', '__proto__x'), value)
            .map(([k, v]) => ({ kind: 'add' as const, key: k, value: v })),
        );
        fc.assert(
          fc.property(
            fc.constantFrom(...paths),
            fc.array(mutation, { minLength: 1, maxLength: 3 }),
            (path, ms) => {
              const data = ms.reduce<Json>((acc, m) => mutate(acc, path, m), example);
              const [z, j] = verdicts(data);
              seen[z ? 'valid' : 'invalid'] += 1;
              return z === j;
            },
          ),
          { numRuns: 300, seed: 20260301 + version },
        );
      });
    });
  }
}

describe('the generated corpus', () => {
  it('contains valid and invalid payloads, not only one kind', () => {
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });
});
