import type { DataCategory } from '@nrm/domain';
import { z } from 'zod';
import { GatewayError } from '../../errors/index.js';
import type { PayloadSchemas } from '../payload-schemas.js';

const NoteV1 = z.strictObject({ text: z.string(), health: z.string().optional() });
const NoteV2 = z.strictObject({ body: z.string(), health: z.string().optional() });

/**
 * A two-version test message type, `nrm.test-note`, standing in for the catalogue of
 * `@nrm/schemas` in SDK unit tests: v1 `{ text }` upgrades to v2 `{ body }`; `health` is
 * the `health` category, everything else `process`.
 */
export const noteSchemas: PayloadSchemas = {
  read(type, version, data) {
    if (type !== 'nrm.test-note') {
      return { ok: false, error: new GatewayError('UNKNOWN_TYPE', { path: 'type' }) };
    }
    const schema = version === 1 ? NoteV1 : version === 2 ? NoteV2 : undefined;
    if (schema === undefined) {
      return { ok: false, error: new GatewayError('UNKNOWN_VERSION', { path: 'version' }) };
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      return {
        ok: false,
        error: new GatewayError('SCHEMA_INVALID', {
          path: ['payload', ...(parsed.error.issues[0]?.path ?? []).map(String)].join('.'),
        }),
      };
    }
    const value = parsed.data;
    const upgraded =
      'text' in value
        ? { body: value.text, ...(value.health === undefined ? {} : { health: value.health }) }
        : value;
    return { ok: true, version: 2, value: upgraded };
  },
  dataCategories(_type, _version, data) {
    const categories: DataCategory[] = ['process'];
    if (typeof data === 'object' && data !== null && 'health' in data) {
      categories.push('health');
    }
    return categories;
  },
};
