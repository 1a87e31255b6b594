import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import type { FhirRecord } from './fhir-input.js';
import { consentIdOf, identifierOf, SYSTEM, type Task } from './fhir-profile.js';
import { subjectOf } from './fhir-subject.js';

/** FHIR Task statuses that are service-referral statuses too (the wire took them one to one). */
const STATUSES: ReadonlySet<string> = new Set([
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'completed',
  'cancelled',
]);

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

/**
 * A Task the health institution keeps for a service referral it received → an
 * `nrm.service-update` to the agency that asked for the service.
 */
export function taskToCanonical(
  task: Task,
  record: FhirRecord,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  if (!STATUSES.has(task.status)) {
    return issue(
      'FHIR_STATUS_NOT_MAPPED',
      `Task status ${task.status} has no service-referral status; use requested, accepted, rejected, in-progress, completed or cancelled`,
      'Task.status',
    );
  }
  const referralId =
    task.basedOn
      ?.map((b) =>
        b.identifier?.system === SYSTEM.serviceReferralId ? b.identifier.value : undefined,
      )
      .find((v) => v !== undefined) ?? identifierOf(task.identifier, SYSTEM.serviceReferralId);
  if (referralId === undefined || !/^[0-9A-Za-z_-]{8,64}$/.test(referralId)) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs the service referral it reports on: basedOn (or identifier) with system ${SYSTEM.serviceReferralId}`,
      'Task.basedOn',
    );
  }
  const requester =
    task.requester?.identifier?.system === SYSTEM.agencyId
      ? task.requester.identifier.value
      : undefined;
  if (requester === undefined) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs the requesting agency (requester identifier system ${SYSTEM.agencyId})`,
      'Task.requester',
    );
  }
  if (task.lastModified === undefined) {
    return issue(
      'FHIR_FIELD_MISSING',
      'needs lastModified, when the status changed',
      'Task.lastModified',
    );
  }
  const subject = subjectOf(task.for, record, 'Task.for', task.lastModified);
  if ('code' in subject) {
    return subject;
  }
  const consentRefs = (task.input ?? []).flatMap((i) => {
    const isConsent = i.type.coding?.some(
      (c) => c.system === SYSTEM.taskInput && c.code === 'consent-record',
    );
    const id = isConsent ? consentIdOf(i.valueIdentifier) : undefined;
    return id === undefined ? [] : [id];
  });
  if (consentRefs.length === 0) {
    return issue(
      'FHIR_CONSENT_MISSING',
      `assistance is given with informed consent: needs the consent record as an input of type ${SYSTEM.taskInput}#consent-record (valueIdentifier urn:uuid:…)`,
      'Task.input',
    );
  }
  const reason = task.statusReason?.text;
  return [
    {
      type: 'nrm.service-update',
      version: 1,
      payload: {
        serviceReferralId: referralId,
        status: task.status,
        at: task.lastModified,
        by: context.agencyId,
        ...(reason !== undefined && { reason }),
      },
      to: [requester],
      subject: subject.pseudonym,
      purpose: 'assistance',
      legalBasis: 'consent',
      consentRefs,
      subjectIsChild: subject.isChild,
    },
  ];
}
