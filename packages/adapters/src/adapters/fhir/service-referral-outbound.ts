import type { ReceivedMessage } from '../received-message.js';
import type { ServiceReferralV1 } from '@nrm/schemas';
import type { Reference, ServiceRequest, Task } from '@medplum/fhirtypes';
import { entry, type FhirEntry } from './fhir-entry.js';
import {
  agencyReference,
  consentIdentifier,
  EXTENSION,
  SYSTEM,
  subjectReference,
} from './fhir-profile.js';
import { SERVICE_KIND_DISPLAY } from './service-kind-display.js';

/** The wire's statuses are FHIR Task statuses; the order behind them is active until it ends. */
const REQUEST_STATUS: Readonly<Record<ServiceReferralV1['status'], ServiceRequest['status']>> = {
  requested: 'active',
  accepted: 'active',
  'in-progress': 'active',
  completed: 'completed',
  rejected: 'revoked',
  cancelled: 'revoked',
};

/**
 * A service referral the health institution receives (the Centre arranges emergency and
 * ordinary care at state health institutions: seed report lines 1515–1517) → the Patient
 * (pseudonym only), the ServiceRequest (the order) and the Task (its fulfilment) that the
 * hospital's own system then updates.
 */
export function serviceReferralToFhir(message: ReceivedMessage): FhirEntry[] {
  const referral = message.payload as ServiceReferralV1;
  const patient = entry(
    {
      resourceType: 'Patient',
      identifier: [{ system: SYSTEM.subjectPseudonym, value: referral.subject }],
    },
    SYSTEM.subjectPseudonym,
    referral.subject,
  );
  const subject = { ...subjectReference(referral.subject), reference: patient.fullUrl };
  const requestedAt = referral.history[0]?.at ?? message.envelope.createdAt;
  const lastChange = referral.history.at(-1) ?? { at: requestedAt };
  const serviceRequest: ServiceRequest = {
    resourceType: 'ServiceRequest',
    identifier: [{ system: SYSTEM.serviceReferralId, value: referral.id }],
    requisition: { system: SYSTEM.casePseudonym, value: referral.case },
    status: REQUEST_STATUS[referral.status],
    intent: 'order',
    code: {
      coding: [
        {
          system: SYSTEM.serviceKind,
          code: referral.service,
          display: SERVICE_KIND_DISPLAY[referral.service],
        },
      ],
    },
    subject,
    authoredOn: requestedAt,
    requester: agencyReference(referral.requester),
    performer: [agencyReference(referral.provider)],
    supportingInfo: message.envelope.consentRefs.map((id) => ({
      type: 'Consent',
      identifier: consentIdentifier(id),
    })),
    extension: [
      {
        url: EXTENSION.informedConsent,
        extension: [
          { url: 'givenBy', valueCode: referral.consent.givenBy },
          { url: 'givenAt', valueDateTime: referral.consent.givenAt },
        ],
      },
      {
        url: EXTENSION.providerChoice,
        extension: [
          { url: 'chosenBy', valueCode: referral.providerChoice.chosenBy },
          { url: 'alternativesOffered', valueInteger: referral.providerChoice.alternativesOffered },
        ],
      },
    ],
  };
  const request = entry(serviceRequest, SYSTEM.serviceReferralId, referral.id);
  const basedOn: Reference<ServiceRequest> = {
    reference: request.fullUrl,
    type: 'ServiceRequest',
    identifier: { system: SYSTEM.serviceReferralId, value: referral.id },
  };
  const task: Task = {
    resourceType: 'Task',
    identifier: [{ system: SYSTEM.serviceReferralId, value: referral.id }],
    basedOn: [basedOn],
    focus: basedOn,
    status: referral.status,
    intent: 'order',
    for: subject,
    authoredOn: requestedAt,
    lastModified: lastChange.at,
    requester: agencyReference(referral.requester),
    owner: agencyReference(referral.provider),
    input: message.envelope.consentRefs.map((id) => ({
      type: { coding: [{ system: SYSTEM.taskInput, code: 'consent-record' }] },
      valueIdentifier: consentIdentifier(id),
    })),
  };
  return [patient, request, entry(task, SYSTEM.serviceReferralId, referral.id)];
}
