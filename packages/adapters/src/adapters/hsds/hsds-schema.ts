import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the HSDS 3.0 schemas live upstream; their relative `$ref`s resolve against it. */
export const HSDS_SCHEMA_BASE =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/** The HSDS objects a directory document may hold at its top level (or in a page's contents). */
export type HsdsObjectKind = 'organization' | 'service' | 'location' | 'service_at_location';

/** An HSDS schema by its file's base name: an object kind, or a table's row (`address`, …). */
export type HsdsSchemaName = HsdsObjectKind | (string & {});

/** One JSON Schema violation, with the JSON Pointer of the offending value (`''`: the root). */
export interface HsdsSchemaViolation {
  readonly path: string;
  readonly message: string;
}

export type HsdsValidator = (
  schema: HsdsSchemaName,
  value: unknown,
) => readonly HsdsSchemaViolation[];

export interface HsdsValidatorOptions {
  /**
   * Read CSV cells as the schema's types (`"2011"` → 2011), for the tabular form of HSDS.
   * The value is changed in place.
   */
  readonly coerceTypes?: boolean;
}

/**
 * Validates HSDS objects against the official HSDS 3.0 JSON Schemas in `schemaDir` (the
 * `schema/` folder of openreferral/specification, branch 3.0). The files declare no
 * `$schema`; the HSDS OpenAPI 3.1 document that references them declares
 * `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`, so Ajv's 2020-12
 * dialect reads them. They are not strict JSON Schema (HSDS adds `name`,
 * `constraints`, `datapackage_metadata`, …), hence `strict: false`.
 */
export function createHsdsValidator(
  schemaDir: string,
  options: HsdsValidatorOptions = {},
): HsdsValidator {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: options.coerceTypes === true,
  });
  addFormats.default(ajv);
  for (const file of readdirSync(schemaDir)) {
    if (!file.endsWith('.json') || file === 'openapi.json') {
      continue;
    }
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object;
    ajv.addSchema({ ...schema, $id: HSDS_SCHEMA_BASE + file });
  }
  const validators = new Map<string, ValidateFunction>();
  return (schema, value) => {
    let validate = validators.get(schema);
    if (validate === undefined) {
      validate = ajv.getSchema(`${HSDS_SCHEMA_BASE}${schema}.json`);
      if (validate === undefined) {
        return [{ path: '', message: `no HSDS schema ${schema}.json in ${schemaDir}` }];
      }
      validators.set(schema, validate);
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
