import { SERVICE_KINDS } from '@nrm/domain';
import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import type { FhirRecord } from './fhir-input.js';
import {
  consentIdOf,
  EXTENSION,
  identifierOf,
  subExtension,
  SYSTEM,
  type ServiceRequest,
} from './fhir-profile.js';
import { subjectOf } from './fhir-subject.js';

const KINDS: ReadonlySet<string> = new Set(SERVICE_KINDS);
const REFERRAL_ID = /^[0-9A-Za-z_-]{8,64}$/;
const CASE = /^case_[0-9A-Za-z]{16,40}$/;

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

/**
 * A ServiceRequest a health institution raises for a victim's care (e.g. specialised
 * treatment the ordinary health scheme does not cover, which the Centre arranges with NGOs:
 * seed report lines 1517–1523) → `nrm.service-referral` to the performer.
 */
export function serviceRequestToCanonical(
  sr: ServiceRequest,
  record: FhirRecord,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  if (sr.status !== 'active' || sr.intent !== 'order') {
    return issue(
      'FHIR_STATUS_NOT_MAPPED',
      `only an active order is a new service referral (status ${sr.status}, intent ${sr.intent}); report progress with a Task`,
      'ServiceRequest.status',
    );
  }
  const id = identifierOf(sr.identifier, SYSTEM.serviceReferralId);
  if (id === undefined || !REFERRAL_ID.test(id)) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs an identifier with system ${SYSTEM.serviceReferralId} ([0-9A-Za-z_-]{8,64})`,
      'ServiceRequest.identifier',
    );
  }
  const caseId = sr.requisition?.system === SYSTEM.casePseudonym ? sr.requisition.value : undefined;
  if (caseId === undefined || !CASE.test(caseId)) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs the case pseudonym as requisition (system ${SYSTEM.casePseudonym})`,
      'ServiceRequest.requisition',
    );
  }
  const kinds = (sr.code?.coding ?? []).filter((c) => c.system === SYSTEM.serviceKind);
  const kind = kinds[0]?.code;
  if (kinds.length !== 1 || kind === undefined || !KINDS.has(kind)) {
    return issue(
      'FHIR_CODE_NOT_MAPPED',
      `code needs exactly one coding from ${SYSTEM.serviceKind} (one of ${SERVICE_KINDS.join(', ')})`,
      'ServiceRequest.code',
    );
  }
  const providers = (sr.performer ?? []).flatMap((p) =>
    p.identifier?.system === SYSTEM.agencyId && p.identifier.value !== undefined
      ? [p.identifier.value]
      : [],
  );
  if (providers.length !== 1) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs exactly one performer identified by an agency id (system ${SYSTEM.agencyId})`,
      'ServiceRequest.performer',
    );
  }
  const consentExtension = sr.extension?.find((e) => e.url === EXTENSION.informedConsent);
  const givenBy = subExtension(consentExtension, 'givenBy')?.valueCode;
  const givenAt = subExtension(consentExtension, 'givenAt')?.valueDateTime;
  const consentRef = sr.supportingInfo
    ?.map((s) => consentIdOf(s.identifier))
    .find((u) => u !== undefined);
  if (givenBy === undefined || givenAt === undefined || consentRef === undefined) {
    return issue(
      'FHIR_CONSENT_MISSING',
      `assistance is given with informed consent: needs the ${EXTENSION.informedConsent} extension (givenBy, givenAt) and the consent record as supportingInfo (identifier urn:uuid:…)`,
      'ServiceRequest.extension',
    );
  }
  const choiceExtension = sr.extension?.find((e) => e.url === EXTENSION.providerChoice);
  const chosenBy = subExtension(choiceExtension, 'chosenBy')?.valueCode;
  const alternativesOffered = subExtension(choiceExtension, 'alternativesOffered')?.valueInteger;
  if (chosenBy === undefined || alternativesOffered === undefined) {
    return issue(
      'FHIR_FIELD_MISSING',
      `the person may choose the provider: needs the ${EXTENSION.providerChoice} extension (chosenBy, alternativesOffered)`,
      'ServiceRequest.extension',
    );
  }
  if (sr.authoredOn === undefined) {
    return issue(
      'FHIR_FIELD_MISSING',
      'needs authoredOn, when the referral was made',
      'ServiceRequest.authoredOn',
    );
  }
  const subject = subjectOf(sr.subject, record, 'ServiceRequest.subject', sr.authoredOn);
  if ('code' in subject) {
    return subject;
  }
  const provider = providers[0]!;
  return [
    {
      type: 'nrm.service-referral',
      version: 1,
      payload: {
        id,
        case: caseId,
        subject: subject.pseudonym,
        service: kind,
        requester: context.agencyId,
        provider,
        consent: { informed: true, givenBy, givenAt },
        providerChoice: { chosenBy, alternativesOffered },
        status: 'requested',
        history: [{ status: 'requested', at: sr.authoredOn, by: context.agencyId }],
      },
      to: [provider],
      subject: subject.pseudonym,
      case: caseId,
      purpose: 'assistance',
      legalBasis: 'consent',
      consentRefs: [consentRef],
      subjectIsChild: subject.isChild,
    },
  ];
}
