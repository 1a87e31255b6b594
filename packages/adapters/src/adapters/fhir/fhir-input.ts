import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import type { Consent, Patient, Resource, ServiceRequest, Task } from './fhir-profile.js';
import { validateFhirResource, type FhirViolation } from './fhir-validation.js';
import { readExportJson } from '../../sdk/export-input.js';

/** The resources the exchange maps; Patients only give their subject's pseudonym and age. */
export type MappedResource = ServiceRequest | Task | Consent;

/** One resource to map, with the Patients of the same Bundle its references may point to. */
export interface FhirRecord {
  readonly resource: MappedResource;
  /** Patients by `Patient/<id>` and by `fullUrl`. */
  readonly patients: ReadonlyMap<string, Patient>;
}

const MAPPED = new Set(['ServiceRequest', 'Task', 'Consent']);
const CONTEXT_ONLY = new Set(['Patient', 'Organization', 'Practitioner', 'RelatedPerson']);

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

const invalid = (path: string, violation: FhirViolation): AdapterIssue =>
  issue(
    'FHIR_RESOURCE_INVALID',
    `not valid FHIR R4: ${violation.message}`,
    `${path}${violation.path.startsWith('/') ? violation.path : ` ${violation.path}`}`,
  );

interface Entry {
  readonly resource: unknown;
  readonly fullUrl?: string;
  readonly path: string;
}

function entriesOf(document: unknown): Entry[] | AdapterIssue {
  if (typeof document !== 'object' || document === null || !('resourceType' in document)) {
    return issue('NATIVE_RECORD_UNREADABLE', 'not a FHIR resource or Bundle: no resourceType', '/');
  }
  if (document.resourceType !== 'Bundle') {
    return [{ resource: document, path: '' }];
  }
  const entries = 'entry' in document && Array.isArray(document.entry) ? document.entry : [];
  return entries.map((e: unknown, i) => {
    const entry = (typeof e === 'object' && e !== null ? e : {}) as {
      resource?: unknown;
      fullUrl?: unknown;
    };
    return {
      resource: entry.resource,
      ...(typeof entry.fullUrl === 'string' && { fullUrl: entry.fullUrl }),
      path: `/entry/${i}/resource`,
    };
  });
}

const nameOf = (resource: unknown, fallback: string): string => {
  const r = resource as { resourceType?: unknown; id?: unknown } | null;
  return typeof r?.resourceType === 'string'
    ? `${r.resourceType}/${typeof r.id === 'string' ? r.id : fallback}`
    : fallback;
};

/**
 * Reads a FHIR R4 Bundle or a single resource (JSON). Every ServiceRequest, Task and Consent
 * is one record, checked against the R4 definitions first; Patients, Organizations,
 * Practitioners and RelatedPersons are read as context; any other resource is refused on
 * its own. Never throws.
 */
export function parseFhir(input: string | Uint8Array): ParsedRecord<FhirRecord>[] {
  const read = readExportJson(input);
  if ('notJson' in read) {
    const message = read.notJson;
    return [{ nativeId: '(file)', error: issue('NATIVE_RECORD_UNREADABLE', message, '/') }];
  }
  const document = read.json;
  const entries = entriesOf(document);
  if (!Array.isArray(entries)) {
    return [{ nativeId: '(file)', error: entries }];
  }
  const patients = new Map<string, Patient>();
  const records: ParsedRecord<FhirRecord>[] = [];
  const refused = new Set<number>();
  entries.forEach(({ resource, fullUrl, path }, i) => {
    if ((resource as Resource | undefined)?.resourceType !== 'Patient') {
      return;
    }
    // A Patient is read for its pseudonym and birth date, so it must be valid FHIR too.
    const violations = validateFhirResource(resource);
    if (violations.length > 0) {
      records.push({
        nativeId: nameOf(resource, `entry ${i}`),
        error: invalid(path, violations[0]!),
      });
      refused.add(i);
      return;
    }
    const patient = resource as Patient;
    if (patient.id !== undefined) {
      patients.set(`Patient/${patient.id}`, patient);
    }
    if (fullUrl !== undefined) {
      patients.set(fullUrl, patient);
    }
  });
  entries.forEach(({ resource, path }, i) => {
    if (refused.has(i)) {
      return;
    }
    const nativeId = nameOf(resource, `entry ${i}`);
    const type = (resource as { resourceType?: unknown } | undefined)?.resourceType;
    if (typeof type === 'string' && CONTEXT_ONLY.has(type)) {
      if (entries.length === 1) {
        records.push({
          nativeId,
          error: issue(
            'FHIR_RESOURCE_NOT_MAPPED',
            `a ${type} on its own is not sent: the exchange carries pseudonyms, not patient or staff records; send the ServiceRequest, Task or Consent that refers to it`,
            path || '/',
          ),
        });
      }
      return;
    }
    if (typeof type !== 'string' || !MAPPED.has(type)) {
      records.push({
        nativeId,
        error: issue(
          'FHIR_RESOURCE_NOT_MAPPED',
          `${typeof type === 'string' ? type : 'an entry without a resource'} is not mapped; the exchange reads ServiceRequest, Task and Consent`,
          `${path}/resourceType`,
        ),
      });
      return;
    }
    const violations = validateFhirResource(resource);
    if (violations.length > 0) {
      records.push({ nativeId, error: invalid(path, violations[0]!) });
      return;
    }
    records.push({ nativeId, record: { resource: resource as MappedResource, patients } });
  });
  return records;
}
