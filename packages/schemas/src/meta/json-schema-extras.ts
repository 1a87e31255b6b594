import { z } from 'zod';

/**
 * JSON Schema keywords zod cannot derive from a refinement (`uniqueItems`, code-point string
 * lengths). Kept in a registry of their own and merged into the generated JSON Schema so
 * that zod and a JSON Schema validator give the same verdict.
 */
export interface JsonSchemaExtras {
  readonly uniqueItems?: true;
  readonly minLength?: number;
  readonly maxLength?: number;
}

export const jsonSchemaExtras = z.registry<JsonSchemaExtras>();
