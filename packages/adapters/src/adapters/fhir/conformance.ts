import type { AdapterFixtures, CanonicalMessage } from '../../sdk/adapter.js';
import { CONSENT_FORM_BASE, EXTENSION, SYSTEM } from './fhir-profile.js';

/**
 * The University Clinical Centre of Serbia. The demo registry has no health institution;
 * this id follows its scheme (country, kind, institution).
 */
export const HOSPITAL = 'rs.health.kbc-srbija';
const SUBJECT = 'sub_7RwK2pX9mQ4vT8bN3cZ1';
const CASE = 'case_5HnQ8wL2xV7mR3tK9pD4';
const CONSENT = '0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7001';

const patient = {
  resourceType: 'Patient',
  id: 'kbc-pac-48213',
  // The hospital's own record: the name and record number never leave it, only the pseudonym.
  identifier: [
    { system: 'https://kbc-srbija.rs/fhir/sid/mrn', value: '48213' },
    { system: SYSTEM.subjectPseudonym, value: SUBJECT },
  ],
  name: [{ family: 'Đorđević', given: ['Jelena'] }],
  gender: 'female',
  birthDate: '1998-07-14',
};

const consent = {
  resourceType: 'Consent',
  id: 'kbc-sag-2026-311',
  language: 'sr-Latn-RS',
  identifier: [{ system: SYSTEM.uri, value: `urn:uuid:${CONSENT}` }],
  status: 'active',
  scope: { coding: [{ system: SYSTEM.consentScope, code: 'patient-privacy' }] },
  category: [{ coding: [{ system: SYSTEM.loinc, code: '59284-0' }] }],
  patient: { reference: 'Patient/kbc-pac-48213' },
  dateTime: '2026-05-04T10:15:00+02:00',
  performer: [{ reference: 'Patient/kbc-pac-48213' }],
  organization: [{ identifier: { system: SYSTEM.agencyId, value: HOSPITAL } }],
  policy: [{ uri: `${CONSENT_FORM_BASE}rs-2026.1` }],
  provision: {
    type: 'permit',
    period: { start: '2026-05-04T10:15:00+02:00', end: '2027-05-04T10:15:00+02:00' },
    actor: [
      {
        role: { coding: [{ system: SYSTEM.participationType, code: 'IRCP' }] },
        reference: { identifier: { system: SYSTEM.agencyId, value: 'rs.astra' } },
      },
      {
        role: { coding: [{ system: SYSTEM.participationType, code: 'IRCP' }] },
        reference: { identifier: { system: SYSTEM.agencyId, value: 'rs.cptv' } },
      },
    ],
    purpose: [{ system: SYSTEM.purpose, code: 'assistance' }],
    class: [
      { system: SYSTEM.dataCategory, code: 'health' },
      { system: SYSTEM.dataCategory, code: 'assistance' },
    ],
  },
};

/** Psychiatric follow-up the ordinary scheme does not cover: ASTRA arranges it. */
const serviceRequest = {
  resourceType: 'ServiceRequest',
  id: 'kbc-up-2026-0042',
  identifier: [{ system: SYSTEM.serviceReferralId, value: 'sr_kbc_2026_0042' }],
  requisition: { system: SYSTEM.casePseudonym, value: CASE },
  status: 'active',
  intent: 'order',
  code: {
    coding: [{ system: SYSTEM.serviceKind, code: 'psychosocial' }],
    text: 'Psihosocijalna podrška',
  },
  subject: { reference: 'Patient/kbc-pac-48213' },
  authoredOn: '2026-05-04T11:00:00+02:00',
  performer: [{ identifier: { system: SYSTEM.agencyId, value: 'rs.astra' } }],
  supportingInfo: [{ identifier: { system: SYSTEM.uri, value: `urn:uuid:${CONSENT}` } }],
  extension: [
    {
      url: EXTENSION.informedConsent,
      extension: [
        { url: 'givenBy', valueCode: 'self' },
        { url: 'givenAt', valueDateTime: '2026-05-04T10:15:00+02:00' },
      ],
    },
    {
      url: EXTENSION.providerChoice,
      extension: [
        { url: 'chosenBy', valueCode: 'subject' },
        { url: 'alternativesOffered', valueInteger: 1 },
      ],
    },
  ],
};

/** The hospital's progress on the ordinary care the Centre referred her to. */
const task = {
  resourceType: 'Task',
  id: 'kbc-zad-2026-0517',
  basedOn: [{ identifier: { system: SYSTEM.serviceReferralId, value: 'sr_cptv_2026_0501' } }],
  status: 'in-progress',
  intent: 'order',
  for: { reference: 'Patient/kbc-pac-48213' },
  lastModified: '2026-05-05T08:30:00+02:00',
  requester: { identifier: { system: SYSTEM.agencyId, value: 'rs.cptv' } },
  owner: { identifier: { system: SYSTEM.agencyId, value: HOSPITAL } },
  input: [
    {
      type: { coding: [{ system: SYSTEM.taskInput, code: 'consent-record' }] },
      valueIdentifier: { system: SYSTEM.uri, value: `urn:uuid:${CONSENT}` },
    },
  ],
};

const bundle = (resources: readonly object[]): string =>
  JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({ resource })),
  });

const common = {
  subject: SUBJECT,
  case: CASE,
  purpose: 'assistance' as const,
  legalBasis: 'consent' as const,
  consentRefs: [CONSENT],
  subjectIsChild: false,
};

const consentRecord = {
  id: '0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7002',
  subject: SUBJECT,
  controller: 'rs.cptv',
  givenBy: 'self',
  recipients: [
    { by: 'agency', agency: HOSPITAL },
    { by: 'kind', kind: 'csw' },
  ],
  purposes: ['assistance'],
  categories: ['identity', 'health', 'assistance'],
  validFrom: '2026-05-03T14:00:00+02:00',
  validUntil: '2027-05-03T14:00:00+02:00',
  language: 'sr',
  formVersion: 'rs-2026.1',
  obtainedAt: '2026-05-03T13:45:00+02:00',
  disclosers: [],
};

const outboundMessages: CanonicalMessage[] = [
  {
    ...common,
    type: 'nrm.service-referral',
    version: 1,
    to: [HOSPITAL],
    payload: {
      id: 'sr_cptv_2026_0501',
      case: CASE,
      subject: SUBJECT,
      service: 'medical-ordinary',
      requester: 'rs.cptv',
      provider: HOSPITAL,
      consent: { informed: true, givenBy: 'self', givenAt: '2026-05-03T14:00:00+02:00' },
      providerChoice: { chosenBy: 'case-manager', alternativesOffered: 0 },
      status: 'requested',
      history: [{ status: 'requested', at: '2026-05-03T14:30:00+02:00', by: 'rs.cptv' }],
    },
  },
  {
    ...common,
    type: 'nrm.service-update',
    version: 1,
    to: [HOSPITAL],
    payload: {
      serviceReferralId: 'sr_kbc_2026_0042',
      status: 'accepted',
      at: '2026-05-05T09:00:00+02:00',
      by: 'rs.astra',
    },
  },
  {
    ...common,
    type: 'nrm.consent-record',
    version: 2,
    to: [HOSPITAL],
    payload: consentRecord,
    consentScope: consentRecord,
  },
];

export const fixtures: AdapterFixtures = {
  context: {
    agencyId: HOSPITAL,
    directory: { cptv: 'rs.cptv', astra: 'rs.astra', csw: 'rs.csw.belgrade' },
  },
  inboundValid: [bundle([patient, consent, serviceRequest, task])],
  inboundInvalid: [
    // An order coded in SNOMED CT only, a Task with a status FHIR does not have, and a
    // resource the exchange does not map.
    bundle([
      patient,
      {
        ...serviceRequest,
        id: 'kbc-up-2026-0043',
        code: { coding: [{ system: 'http://snomed.info/sct', code: '303653007' }] },
      },
      { ...task, id: 'kbc-zad-2026-0518', status: 'bogus' },
      {
        resourceType: 'Observation',
        id: 'kbc-nal-1',
        status: 'final',
        code: { text: 'Krvna slika' },
      },
    ]),
    // A Patient on its own: the exchange carries no patient records.
    JSON.stringify(patient),
    // A Consent whose patient has no exchange pseudonym.
    bundle([{ ...consent, patient: { reference: 'Patient/nepoznat' } }]),
    '{"resourceType": "Bundle", "entry": [',
  ],
  outboundMessages,
};
