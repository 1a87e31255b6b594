import type { z } from 'zod';
import { zodSchemaError } from '@nrm/client/errors';

/** Parse request input with a zod schema; the first issue becomes SCHEMA_INVALID with its path. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, root: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    return parsed.data;
  }
  throw zodSchemaError(parsed.error, root);
}

/** Decode base64 fields (already pattern-checked by the schema). */
export function fromBase64(value: string): Uint8Array {
  const buffer = Buffer.from(value, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
