import { z } from 'zod';
import { jsonSchemaExtras } from '../meta/json-schema-extras.js';
import { WIRE_DATA_CATEGORIES } from '../meta/field-meta.js';

/**
 * Building blocks of the version-1 wire schemas. FROZEN: every released v1 schema is built
 * from these, so editing one changes released versions — the compatibility gate
 * (`compat/gate.test.ts`) fails when that happens. New rules go into new files.
 *
 * The patterns are copies, not imports, of the `@nrm/domain` identifiers.
 */

/** `sub_` + 16–40 letters or digits (DOMAIN.md: persons travel only as pseudonyms). */
export const SubjectPseudonymV1 = z.string().regex(/^sub_[0-9A-Za-z]{16,40}$/);
/** `case_` + 16–40 letters or digits. */
export const CasePseudonymV1 = z.string().regex(/^case_[0-9A-Za-z]{16,40}$/);
/** `rs.cptv`, `rs.police.belgrade-thb`: country code, then lower-case slugs. */
export const AgencyIdV1 = z.string().regex(/^[a-z]{2}\.[a-z0-9-]+(\.[a-z0-9-]+)*$/);
/** A lower-case RFC 9562 UUID, any version (records, consents, opinions). */
export const UuidV1 = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
/** A lower-case UUIDv7: message ids are time-ordered. */
export const Uuid7V1 = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
/** An ISO 8601 instant with seconds and an offset (`Z` or `±hh:mm`). */
export const InstantV1 = z.iso.datetime({ offset: true });
/** An ISO 8601 calendar date. */
export const CalendarDateV1 = z.iso.date();
/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCodeV1 = z.string().regex(/^[A-Z]{2}$/);
/** A municipality code (Serbian statistical code or a partner's equivalent). */
export const AreaCodeV1 = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/);
/** An OpenPGP fingerprint: 40 (v4) or 64 (v6) hex digits. */
export const FingerprintV1 = z.string().regex(/^(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/);
/** `sha256:` + 64 lower-case hex digits. */
export const Sha256DigestV1 = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const DataCategoryV1 = z.enum(WIRE_DATA_CATEGORIES);
export const PurposeV1 = z.enum([
  'identification',
  'assistance',
  'legal-proceedings',
  'return',
  'statistics',
  'child-protection',
]);
export const LawfulBasisV1 = z.enum([
  'consent',
  'legal-obligation',
  'vital-interests',
  'public-task',
]);

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) {
    n += 1;
  }
  return n;
}

/**
 * Free text of `min`–`max` characters counted in Unicode code points, as JSON Schema
 * counts them (zod's `.max()` counts UTF-16 units and would disagree on emoji).
 */
export function textV1(max: number, min = 1): z.ZodString {
  const s = z.string().refine((v) => {
    const n = codePoints(v);
    return n >= min && n <= max;
  }, `between ${min} and ${max} characters`);
  jsonSchemaExtras.add(s, { minLength: min, maxLength: max });
  return s;
}

/** An array of `min`–`max` distinct strings (JSON Schema `uniqueItems`). */
export function uniqueArrayV1<T extends z.ZodType<string>>(
  item: T,
  min: number,
  max: number,
): z.ZodArray<T> {
  const s = z
    .array(item)
    .min(min)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'items must be unique');
  jsonSchemaExtras.add(s, { uniqueItems: true });
  return s;
}
