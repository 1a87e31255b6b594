import { z } from 'zod';
import { fieldMetaOf } from '../meta/field-meta.js';
import { jsonSchemaExtras, type JsonSchemaExtras } from '../meta/json-schema-extras.js';
import { withPortablePatterns } from './portable-pattern.js';

/** A JSON Schema document as plain JSON. */
export type JsonSchemaDocument = Record<string, unknown>;

/** Base of the `$id`s; stable forever because consumers may cache schemas by id. */
export const SCHEMA_ID_BASE = 'https://schemas.nrm-exchange.org';

function extrasOf(schema: z.core.$ZodType): JsonSchemaExtras | undefined {
  // `field()` clones, so look through the clone to the schema the extras were put on.
  for (let s: z.core.$ZodType | undefined = schema; s !== undefined; s = s._zod.parent) {
    const extras = jsonSchemaExtras.get(s);
    if (extras !== undefined) {
      return extras;
    }
  }
  return undefined;
}

/**
 * JSON Schema (draft 2020-12) of one type version as published: field metadata becomes
 * `title`, `description` and `x-nrm-*` annotations (ignored by validators, read by tools), and
 * every pattern is in its portable form, so Python's `re` reads it as ECMA-262 does.
 */
export function toWireJsonSchema(
  type: string,
  version: number,
  schema: z.ZodType,
): JsonSchemaDocument {
  return withPortablePatterns(toEcmaJsonSchema(type, version, schema));
}

/**
 * The same document with patterns exactly as zod writes them (ECMA-262 only): the text the
 * versions released before the dialect errata were locked with (ADR 0006).
 */
export function toEcmaJsonSchema(
  type: string,
  version: number,
  schema: z.ZodType,
): JsonSchemaDocument {
  const empty = z.registry<Record<string, never>>();
  const doc = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: empty,
    unrepresentable: 'throw',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      const extras = extrasOf(ctx.zodSchema);
      if (extras !== undefined) {
        Object.assign(json, extras);
      }
      const meta = fieldMetaOf(ctx.zodSchema);
      if (meta !== undefined) {
        json.title = meta.labels.en;
        json.description = meta.description;
        if (meta.category !== undefined) {
          json['x-nrm-category'] = meta.category;
        }
        json['x-nrm-sensitivity'] = meta.sensitivity;
        json['x-nrm-labels'] = { en: meta.labels.en, sr: meta.labels.sr };
      }
    },
  }) as JsonSchemaDocument;
  return {
    $schema: doc.$schema,
    $id: `${SCHEMA_ID_BASE}/${type}/v${version}.json`,
    title: `${type} v${version}`,
    ...Object.fromEntries(Object.entries(doc).filter(([k]) => k !== '$schema')),
  };
}
