import { z } from 'zod';

/**
 * Data categories as they appear on the wire. A literal copy of the domain vocabulary
 * (`@nrm/domain` DATA_CATEGORIES) so that a later change of the domain cannot alter a
 * released schema; `field-meta.test.ts` checks the two lists still agree.
 */
export const WIRE_DATA_CATEGORIES = [
  'identity',
  'contact',
  'location',
  'family',
  'health',
  'sex-life',
  'ethnicity',
  'criminal-proceedings',
  'exploitation',
  'migration',
  'assistance',
  'process',
] as const;
export type WireDataCategory = (typeof WIRE_DATA_CATEGORIES)[number];

/**
 * How harmful disclosure would be. `special` marks the GDPR art. 9/10 categories, `personal`
 * any other personal data, `internal` pseudonyms and procedural facts, `public` reference codes.
 */
export const SENSITIVITIES = ['public', 'internal', 'personal', 'special'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Metadata carried by every field of a wire schema. */
export interface FieldMeta {
  /** One sentence for the reference docs and the JSON Schema `description`. */
  readonly description: string;
  /** The data category the field's value belongs to; absent for pure structure. */
  readonly category?: WireDataCategory;
  /** Field labels for user interfaces: English and Serbian (Latin script). */
  readonly labels: { readonly en: string; readonly sr: string };
  readonly sensitivity: Sensitivity;
}

/** The zod registry holding field metadata for every wire schema. */
export const fieldRegistry = z.registry<FieldMeta>();

/**
 * Attaches metadata to a field. The schema is cloned first because a registry keys on the
 * schema instance and shared primitives (an agency id, an instant) serve many fields.
 */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const own = schema.clone();
  fieldRegistry.add(own, meta);
  return own;
}

/** The metadata of a field schema, if it has any. */
export function fieldMetaOf(schema: z.core.$ZodType): FieldMeta | undefined {
  return fieldRegistry.get(schema);
}

/**
 * Positional shorthand for {@link field}, to keep schema files readable:
 * `f(schema, category, sensitivity, 'English label', 'Srpska oznaka', 'Description.')`.
 * `category` is `null` for pure structure (ids of messages, version numbers).
 */
export function f<T extends z.ZodType>(
  schema: T,
  category: WireDataCategory | null,
  sensitivity: Sensitivity,
  en: string,
  sr: string,
  description: string,
): T {
  return field(
    schema,
    category === null
      ? { description, labels: { en, sr }, sensitivity }
      : { description, category, labels: { en, sr }, sensitivity },
  );
}
