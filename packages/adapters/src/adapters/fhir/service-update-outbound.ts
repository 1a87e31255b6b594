import type { ReceivedMessage } from '../received-message.js';
import type { ServiceUpdateV1 } from '@nrm/schemas';
import type { Task } from '@medplum/fhirtypes';
import { entry, type FhirEntry } from './fhir-entry.js';
import { agencyReference, consentIdentifier, SYSTEM, subjectReference } from './fhir-profile.js';

/**
 * A status change of a service referral the health institution made (the provider reports
 * it) → the Task of that referral, updated in place through its identifier.
 */
export function serviceUpdateToFhir(message: ReceivedMessage): FhirEntry[] {
  const update = message.payload as ServiceUpdateV1;
  const task: Task = {
    resourceType: 'Task',
    identifier: [{ system: SYSTEM.serviceReferralId, value: update.serviceReferralId }],
    basedOn: [
      {
        type: 'ServiceRequest',
        identifier: { system: SYSTEM.serviceReferralId, value: update.serviceReferralId },
      },
    ],
    status: update.status,
    ...(update.reason !== undefined && { statusReason: { text: update.reason } }),
    intent: 'order',
    for: subjectReference(message.envelope.subject),
    lastModified: update.at,
    owner: agencyReference(update.by),
    input: message.envelope.consentRefs.map((id) => ({
      type: { coding: [{ system: SYSTEM.taskInput, code: 'consent-record' }] },
      valueIdentifier: consentIdentifier(id),
    })),
  };
  return [entry(task, SYSTEM.serviceReferralId, update.serviceReferralId)];
}
