import type { z } from 'zod';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { parseMessage } from '../parse/parse-message.js';
import type { ParseResult } from '../parse/parse-error.js';
import { fieldMetaOf, WIRE_DATA_CATEGORIES, type WireDataCategory } from './field-meta.js';

/** The parts of a zod definition the walk needs; zod 4 keeps them on `_zod.def`. */
interface WalkableDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
}

function walk(schema: z.ZodType, value: unknown, found: Set<WireDataCategory>): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    return; // an absent field or an empty list discloses nothing
  }
  const category = fieldMetaOf(schema)?.category;
  if (category !== undefined) {
    found.add(category);
  }
  const def = schema._zod.def as unknown as WalkableDef;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      walk(def.innerType!, value, found);
      return;
    case 'pipe':
      walk(def.in!, value, found);
      return;
    case 'object':
      if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(def.shape!)) {
          walk(child, (value as Record<string, unknown>)[key], found);
        }
      }
      return;
    case 'array':
      if (Array.isArray(value)) {
        for (const item of value) {
          walk(def.element!, item, found);
        }
      }
      return;
    case 'union': {
      const branch = def.options!.find((o) => o.safeParse(value).success);
      if (branch !== undefined) {
        walk(branch, value, found);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * The data categories actually present in a payload: the categories of every field that
 * carries a value (empty lists carry none). Validates first, so the answer is about a
 * well-formed message. Used for the envelope's `dataCategories` and consent checks.
 */
export function dataCategoriesOf(
  type: string,
  version: number,
  payload: unknown,
): ParseResult<WireDataCategory[]> {
  const parsed = parseMessage(type, version, payload);
  if (!parsed.ok) {
    return parsed;
  }
  const schema = CATALOGUE.get(type)!.versions[version]!;
  const found = new Set<WireDataCategory>();
  walk(schema, parsed.value, found);
  // Vocabulary order, so two senders declare the same list for the same payload.
  return { ok: true, value: WIRE_DATA_CATEGORIES.filter((c) => found.has(c)) };
}
