import type {
  AdapterIssue,
  CanonicalMessage,
  InboundMapping,
  MappingContext,
} from '../../sdk/adapter.js';
import { schemaChecked } from '../schema-checked.js';
import { consentToCanonical } from './consent-inbound.js';
import { parseFhir, type FhirRecord } from './fhir-input.js';
import { serviceRequestToCanonical } from './service-request-inbound.js';
import { taskToCanonical } from './task-inbound.js';

function mapResource(
  record: FhirRecord,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  const { resource } = record;
  switch (resource.resourceType) {
    case 'ServiceRequest':
      return serviceRequestToCanonical(resource, record, context);
    case 'Task':
      return taskToCanonical(resource, record, context);
    case 'Consent':
      return consentToCanonical(resource, record, context);
  }
}

/** FHIR R4 from a health institution: ServiceRequest, Task and Consent → canonical messages. */
export const fhirInbound: InboundMapping<FhirRecord> = {
  parse: parseFhir,
  toCanonical(record, context) {
    const mapped = mapResource(record, context);
    return Array.isArray(mapped) ? schemaChecked(mapped) : mapped;
  },
};
