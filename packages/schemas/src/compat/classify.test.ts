import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toWireJsonSchema } from '../json-schema-gen/to-json-schema.js';
import { uniqueArrayV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { classifyChanges, isBreaking, type ChangeKind } from './classify.js';

const js = (schema: z.ZodType) => toWireJsonSchema('nrm.t', 1, schema);
const kinds = (a: z.ZodType, b: z.ZodType): ChangeKind[] =>
  classifyChanges(js(a), js(b)).map((c) => c.kind);

const base = z.strictObject({
  a: z.string(),
  e: z.enum(['x', 'y']),
  n: z.int().max(10),
  o: z.string().optional(),
});

describe('classifyChanges', () => {
  it('finds nothing between identical schemas', () => {
    expect(classifyChanges(js(base), js(base))).toEqual([]);
  });

  it.each<[string, z.ZodType, ChangeKind, boolean]>([
    ['a removed field', base.omit({ o: true }), 'field-removed', true],
    [
      'a renamed field',
      z.strictObject({
        b: z.string(),
        e: z.enum(['x', 'y']),
        n: z.int().max(10),
        o: z.string().optional(),
      }),
      'field-renamed',
      true,
    ],
    ['a new required field', base.extend({ r: z.boolean() }), 'required-field-added', true],
    [
      'a new optional field',
      base.extend({ r: z.boolean().optional() }),
      'optional-field-added',
      false,
    ],
    [
      'an optional field made required',
      base.extend({ o: z.string() }),
      'field-made-required',
      true,
    ],
    [
      'a required field made optional',
      base.extend({ a: z.string().optional() }),
      'field-made-optional',
      false,
    ],
    ['a narrowed enum', base.extend({ e: z.enum(['x']) }), 'enum-narrowed', true],
    ['a widened enum', base.extend({ e: z.enum(['x', 'y', 'z']) }), 'enum-widened', false],
    ['a type change', base.extend({ a: z.number() }), 'type-changed', true],
    ['a tighter bound', base.extend({ n: z.int().max(5) }), 'constraint-tightened', true],
    ['a looser bound', base.extend({ n: z.int().max(50) }), 'constraint-relaxed', false],
    ['a new pattern', base.extend({ a: z.string().regex(/^a/) }), 'pattern-changed', true],
    [
      'a changed description',
      base.extend({ a: f(z.string(), 'process', 'internal', 'A', 'A', 'now documented') }),
      'annotation-changed',
      false,
    ],
  ])('classifies %s', (_, after, kind, breaking) => {
    const changes = classifyChanges(js(base), js(after));
    expect(changes.map((c) => c.kind)).toContain(kind);
    expect(isBreaking(changes)).toBe(breaking);
  });

  it('classifies removed and added union variants', () => {
    const two = z.strictObject({
      u: z.discriminatedUnion('k', [
        z.strictObject({ k: z.literal('a') }),
        z.strictObject({ k: z.literal('b') }),
      ]),
    });
    const one = z.strictObject({
      u: z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') })]),
    });
    expect(kinds(two, one)).toContain('variant-removed');
    expect(kinds(one, two)).toContain('variant-added');
  });

  it('classifies uniqueness and strictness of arrays and objects', () => {
    expect(
      kinds(
        z.strictObject({ l: z.array(z.string()).max(3) }),
        z.strictObject({ l: uniqueArrayV1(z.string(), 0, 3) }),
      ),
    ).toEqual(['constraint-tightened']);
    expect(
      kinds(
        z.strictObject({ l: uniqueArrayV1(z.string(), 0, 3) }),
        z.strictObject({ l: z.array(z.string()).max(3) }),
      ),
    ).toEqual(['constraint-relaxed']);
    expect(kinds(z.looseObject({ a: z.string() }), z.strictObject({ a: z.string() }))).toEqual([
      'constraint-tightened',
    ]);
  });
});
