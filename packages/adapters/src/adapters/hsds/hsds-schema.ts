import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the HSDS 3.0 schemas live upstream; their relative `$ref`s resolve against it. */
export const HSDS_SCHEMA_BASE =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/** The HSDS objects a directory document may hold at its top level (or in a page's contents). */
export type HsdsObjectKind = 'organization' | 'service' | 'location' | 'service_at_location';

/** One JSON Schema violation, with the JSON Pointer of the offending value (`''`: the root). */
export interface HsdsSchemaViolation {
  readonly path: string;
  readonly message: string;
}

export type HsdsValidator = (
  kind: HsdsObjectKind,
  value: unknown,
) => readonly HsdsSchemaViolation[];

/**
 * Validates HSDS objects against the official HSDS 3.0 JSON Schemas in `schemaDir` (the
 * `schema/` folder of openreferral/specification, branch 3.0). The files declare no
 * `$schema`; the HSDS OpenAPI 3.1 document that references them declares
 * `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`, so Ajv's 2020-12
 * dialect reads them. They are not strict JSON Schema (HSDS adds `name`,
 * `constraints`, `datapackage_metadata`, …), hence `strict: false`.
 */
export function createHsdsValidator(schemaDir: string): HsdsValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(schemaDir)) {
    if (!file.endsWith('.json') || file === 'openapi.json') {
      continue;
    }
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object;
    ajv.addSchema({ ...schema, $id: HSDS_SCHEMA_BASE + file });
  }
  const validators = new Map<HsdsObjectKind, ValidateFunction>();
  return (kind, value) => {
    let validate = validators.get(kind);
    if (validate === undefined) {
      validate = ajv.getSchema(`${HSDS_SCHEMA_BASE}${kind}.json`);
      if (validate === undefined) {
        throw new Error(`HSDS schema ${kind}.json is missing from ${schemaDir}`);
      }
      validators.set(kind, validate);
    }
    if (validate(value)) {
      return [];
    }
    return (validate.errors ?? []).map((e) => ({
      path: e.instancePath,
      message: e.message ?? 'invalid',
    }));
  };
}
