import { AGENCY_KINDS, DATA_CATEGORIES, PURPOSES, type Purpose } from '@nrm/domain';
import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import type { FhirRecord } from './fhir-input.js';
import { CONSENT_FORM_BASE, consentIdOf, SYSTEM, type Consent } from './fhir-profile.js';
import { subjectOf } from './fhir-subject.js';

const PURPOSE_CODES: ReadonlySet<string> = new Set(PURPOSES);
const KINDS: ReadonlySet<string> = new Set(AGENCY_KINDS);
const CATEGORY_CODES: ReadonlySet<string> = new Set(DATA_CATEGORIES);

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

/** Patient → the person consented; RelatedPerson → a guardian (the only one a hospital records). */
function givenByOf(consent: Consent): 'self' | 'guardian' | undefined {
  const performer = consent.performer?.[0];
  const type = performer?.type ?? performer?.reference?.split('/')[0];
  if (type === 'Patient') {
    return 'self';
  }
  return type === 'RelatedPerson' ? 'guardian' : undefined;
}

/**
 * A Consent the health institution recorded (e.g. to share findings with the Centre) →
 * `nrm.consent-record` v2, with its scope sent in clear for the gateway to enforce.
 */
export function consentToCanonical(
  consent: Consent,
  record: FhirRecord,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  if (consent.status !== 'active' || (consent.provision?.type ?? 'permit') !== 'permit') {
    return issue(
      'FHIR_STATUS_NOT_MAPPED',
      `only an active permit is a consent record (status ${consent.status})`,
      'Consent.status',
    );
  }
  const id = consentIdOf(consent.identifier?.[0]);
  if (id === undefined) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs its id as identifier ${SYSTEM.uri} urn:uuid:…`,
      'Consent.identifier',
    );
  }
  const givenBy = givenByOf(consent);
  if (givenBy === undefined) {
    return issue(
      'FHIR_FIELD_MISSING',
      'needs the performer who consented: the Patient or a RelatedPerson',
      'Consent.performer',
    );
  }
  type Recipient = { by: 'agency'; agency: string } | { by: 'kind'; kind: string };
  const recipients = (consent.provision?.actor ?? []).flatMap((a): Recipient[] => {
    const isRecipient = a.role.coding?.some(
      (c) => c.system === SYSTEM.participationType && c.code === 'IRCP',
    );
    const { system, value } = a.reference.identifier ?? {};
    if (isRecipient !== true || value === undefined) {
      return [];
    }
    if (system === SYSTEM.agencyId) {
      return [{ by: 'agency', agency: value }];
    }
    return system === SYSTEM.agencyKind && KINDS.has(value) ? [{ by: 'kind', kind: value }] : [];
  });
  const agencies = [...new Set(recipients.flatMap((r) => (r.by === 'agency' ? [r.agency] : [])))];
  if (agencies.length === 0) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs provision.actor recipients (role IRCP), at least one identified by agency id (${SYSTEM.agencyId}); kinds of agency (${SYSTEM.agencyKind}) may be added`,
      'Consent.provision.actor',
    );
  }
  const purposes = (consent.provision?.purpose ?? []).flatMap((c) =>
    c.system === SYSTEM.purpose && c.code !== undefined && PURPOSE_CODES.has(c.code)
      ? [c.code as Purpose]
      : [],
  );
  const categories = (consent.provision?.class ?? []).flatMap((c) =>
    c.system === SYSTEM.dataCategory && c.code !== undefined && CATEGORY_CODES.has(c.code)
      ? [c.code]
      : [],
  );
  if (purposes.length === 0 || categories.length === 0) {
    return issue(
      'FHIR_CODE_NOT_MAPPED',
      `needs provision.purpose codings from ${SYSTEM.purpose} and provision.class codings from ${SYSTEM.dataCategory}`,
      purposes.length === 0 ? 'Consent.provision.purpose' : 'Consent.provision.class',
    );
  }
  const period = consent.provision?.period;
  const formUri = consent.policy?.[0]?.uri;
  const language = consent.language?.split('-')[0];
  if (
    consent.dateTime === undefined ||
    period?.start === undefined ||
    formUri?.startsWith(CONSENT_FORM_BASE) !== true ||
    language === undefined
  ) {
    return issue(
      'FHIR_FIELD_MISSING',
      `needs dateTime, provision.period.start, language and policy.uri (${CONSENT_FORM_BASE}<form version>)`,
      'Consent',
    );
  }
  const subject = subjectOf(consent.patient, record, 'Consent.patient', consent.dateTime);
  if ('code' in subject) {
    return subject;
  }
  const payload = {
    id,
    subject: subject.pseudonym,
    controller: context.agencyId,
    givenBy,
    recipients: recipients.filter(
      (r, i) => recipients.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i,
    ),
    purposes: [...new Set(purposes)],
    categories: [...new Set(categories)],
    validFrom: period.start,
    ...(period.end !== undefined && { validUntil: period.end }),
    language,
    formVersion: formUri.slice(CONSENT_FORM_BASE.length),
    obtainedAt: consent.dateTime,
    disclosers: [],
  };
  return [
    {
      type: 'nrm.consent-record',
      version: 2,
      payload,
      consentScope: payload,
      to: agencies.slice(0, 20),
      subject: subject.pseudonym,
      purpose: payload.purposes[0]!,
      legalBasis: 'consent',
      consentRefs: [id],
      subjectIsChild: subject.isChild,
    },
  ];
}
