import type { Adapter } from '../../sdk/adapter.js';
import type { FhirEntry } from './fhir-entry.js';
import { fhirInbound } from './fhir-inbound.js';
import type { FhirRecord } from './fhir-input.js';
import { fhirOutbound } from './fhir-outbound.js';

export type { FhirEntry } from './fhir-entry.js';
export type { FhirRecord } from './fhir-input.js';
export { CONSENT_FORM_BASE, EXTENSION, SYSTEM } from './fhir-profile.js';
export { validateFhirResource, type FhirViolation } from './fhir-validation.js';

export const adapter: Adapter<FhirRecord, FhirEntry[]> = {
  name: 'fhir',
  description:
    'FHIR R4 for health institutions: ServiceRequest, Task, Consent and Patient ↔ service referrals, updates and consent records',
  inbound: fhirInbound,
  outbound: fhirOutbound,
};
