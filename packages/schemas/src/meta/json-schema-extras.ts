import { z } from 'zod';

/**
 * JSON Schema keywords zod cannot derive from a refinement (`uniqueItems`, code-point string
 * lengths, a field required when another is absent). Kept in a registry of their own and merged into the generated JSON Schema so
 * that zod and a JSON Schema validator give the same verdict.
 */
export interface JsonSchemaExtras {
  readonly uniqueItems?: true;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A field required only when another is absent (`if`/`then`, draft 2020-12). */
  readonly if?: { readonly not: RequiredProperty };
  readonly then?: RequiredProperty;
}

/** `{ required: [name], properties: { name: true } }`: a property that must be present. */
interface RequiredProperty {
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, true>>;
}

export const jsonSchemaExtras = z.registry<JsonSchemaExtras>();
