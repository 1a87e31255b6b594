import type { ReceivedMessage } from '../received-message.js';
import type { ConsentRecordV2 } from '@nrm/schemas';
import type { Consent } from '@medplum/fhirtypes';
import { entry, type FhirEntry } from './fhir-entry.js';
import {
  agencyReference,
  CONSENT_FORM_BASE,
  consentIdentifier,
  SYSTEM,
  subjectReference,
} from './fhir-profile.js';

/**
 * A consent record naming the health institution → a FHIR Consent (privacy consent, LOINC
 * 59284-0 "Patient Consent") whose provision lists the recipients, purposes and data
 * categories, so the hospital knows what it may share with whom and until when.
 */
export function consentRecordToFhir(message: ReceivedMessage): FhirEntry[] {
  const consent = message.payload as ConsentRecordV2;
  const resource: Consent = {
    resourceType: 'Consent',
    language: consent.language,
    identifier: [consentIdentifier(consent.id)],
    status: 'active',
    scope: { coding: [{ system: SYSTEM.consentScope, code: 'patient-privacy' }] },
    category: [{ coding: [{ system: SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] }],
    patient: subjectReference(consent.subject),
    dateTime: consent.obtainedAt,
    performer: [
      consent.givenBy === 'self'
        ? subjectReference(consent.subject)
        : { type: 'RelatedPerson', display: consent.givenBy },
    ],
    organization: [agencyReference(consent.controller)],
    policy: [{ uri: `${CONSENT_FORM_BASE}${consent.formVersion}` }],
    provision: {
      type: 'permit',
      period: {
        start: consent.validFrom,
        ...(consent.validUntil !== undefined && { end: consent.validUntil }),
      },
      actor: consent.recipients.map((r) => ({
        role: { coding: [{ system: SYSTEM.participationType, code: 'IRCP' }] },
        reference:
          r.by === 'agency'
            ? agencyReference(r.agency)
            : { type: 'Organization', identifier: { system: SYSTEM.agencyKind, value: r.kind } },
      })),
      purpose: consent.purposes.map((code) => ({ system: SYSTEM.purpose, code })),
      class: consent.categories.map((code) => ({ system: SYSTEM.dataCategory, code })),
    },
  };
  return [entry(resource, SYSTEM.uri, `urn:uuid:${consent.id}`)];
}
