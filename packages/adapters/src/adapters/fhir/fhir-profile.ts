import type { Extension, Identifier, Organization, Patient, Reference } from '@medplum/fhirtypes';

export type {
  Consent,
  Extension,
  Identifier,
  Patient,
  Reference,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';

/**
 * The identifier and code systems of the exchange's FHIR profile. Pseudonyms and agency ids
 * travel as identifiers, our vocabularies as codings: no name, address or record number of
 * the hospital's own ever maps onto the exchange.
 */
const BASE = 'https://nrm-exchange.org/fhir';
export const SYSTEM = {
  subjectPseudonym: `${BASE}/sid/subject-pseudonym`,
  casePseudonym: `${BASE}/sid/case-pseudonym`,
  serviceReferralId: `${BASE}/sid/service-referral-id`,
  agencyId: `${BASE}/sid/agency-id`,
  /** A kind of agency (`csw`, `ngo`, …): a consent may name every agency of a kind. */
  agencyKind: `${BASE}/sid/agency-kind`,
  serviceKind: `${BASE}/CodeSystem/service-kind`,
  purpose: `${BASE}/CodeSystem/purpose`,
  dataCategory: `${BASE}/CodeSystem/data-category`,
  /** Task.input types; `consent-record`: a consent record the service relies on. */
  taskInput: `${BASE}/CodeSystem/task-input`,
  /** RFC 3986 URIs: a consent record's id as `urn:uuid:…`. */
  uri: 'urn:ietf:rfc:3986',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  loinc: 'http://loinc.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
} as const;

export const EXTENSION = {
  /** On ServiceRequest: who consented and when (SOPs: assistance with informed consent). */
  informedConsent: `${BASE}/StructureDefinition/informed-consent`,
  /** On ServiceRequest: who chose the provider and how many others were offered. */
  providerChoice: `${BASE}/StructureDefinition/provider-choice`,
} as const;

/** The form a consent was given on, as `Consent.policy.uri` (its last segment is the version). */
export const CONSENT_FORM_BASE = 'https://nrm-exchange.org/consent-forms/';

export const identifierOf = (
  identifiers: readonly Identifier[] | undefined,
  system: string,
): string | undefined => identifiers?.find((i) => i.system === system)?.value;

export const agencyReference = (agencyId: string): Reference<Organization> => ({
  type: 'Organization',
  identifier: { system: SYSTEM.agencyId, value: agencyId },
});

export const subjectReference = (pseudonym: string): Reference<Patient> => ({
  type: 'Patient',
  identifier: { system: SYSTEM.subjectPseudonym, value: pseudonym },
});

export const subExtension = (
  extension: Extension | undefined,
  url: string,
): Extension | undefined => extension?.extension?.find((e) => e.url === url);

const CONSENT_URN =
  /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/;

/** A consent record's id from its `urn:uuid:` identifier (system `urn:ietf:rfc:3986`). */
export const consentIdOf = (identifier: Identifier | undefined): string | undefined =>
  identifier?.system === SYSTEM.uri ? CONSENT_URN.exec(identifier.value ?? '')?.[1] : undefined;

export const consentIdentifier = (id: string): Identifier => ({
  system: SYSTEM.uri,
  value: `urn:uuid:${id}`,
});
