import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import { derivedUuid } from '../shared/derived-uuid.js';
import { derivePseudonym } from '../shared/pseudonym.js';
import type { PartnerReferral } from './native.js';

/** `CPTV` → `rs.cptv`: the partner names agencies as it knows them; the directory resolves. */
function resolve(
  names: readonly string[],
  context: MappingContext,
  path: string,
): string[] | AdapterIssue {
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    const id = context.directory[name.toLowerCase()];
    if (id === undefined) {
      return {
        code: 'NATIVE_FIELD_INVALID',
        message: `"${name}" is not a known recipient (${Object.keys(context.directory).join(', ')}).`,
        path: `${path}/${String(index)}`,
      };
    }
    ids.push(id);
  }
  return ids;
}

const midday = (day: string) => `${day}T12:00:00Z`;

/**
 * One partner file → the person's consent record (the partner is its controller) and the
 * `nrm.transnational-referral` that relies on it, to the Serbian recipients (SCENARIOS S3).
 * The person can only be referred on their consent: the partner is no Serbian first
 * responder under a duty to refer (seed L85-87).
 */
export function partnerToCanonical(
  file: PartnerReferral,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  const to = resolve(file.recipients, context, '/recipients');
  if (!Array.isArray(to)) {
    return to;
  }
  const disclosers = resolve(file.consent.mayShare, context, '/consent/mayShare');
  if (!Array.isArray(disclosers)) {
    return disclosers;
  }
  const subject = derivePseudonym(
    'sub',
    context.agencyId,
    file.personCode,
    context.pseudonymSecret,
  );
  const consentId = derivedUuid(`${context.agencyId}:consent:${file.caseReference}`);
  const consent = {
    id: consentId,
    subject,
    controller: context.agencyId,
    givenBy: 'self',
    recipients: [...to, context.agencyId].map((agency) => ({ by: 'agency', agency })),
    disclosers: disclosers.map((agency) => ({ by: 'agency', agency })),
    purposes: file.consent.purposes,
    categories: file.consent.categories,
    validFrom: file.consent.obtainedAt,
    validUntil: file.consent.validUntil,
    language: file.consent.language,
    formVersion: file.consent.form,
    obtainedAt: file.consent.obtainedAt,
  };
  const risk = file.returnRisk;
  const referral = {
    sender: context.agencyId,
    senderCountry: file.senderCountry,
    recipients: to,
    subject,
    sentAt: file.preparedAt,
    foreignIdentification: {
      identifiedBy: context.agencyId,
      identifiedAt: midday(file.identification.date),
      identifyingBody: file.identification.body,
      basis: file.identification.basis,
      criminalCase: file.identification.criminalCase,
    },
    evidenceSummary: file.evidenceSummary,
    requestedServices: file.requestedServices,
    ...(risk === undefined
      ? {}
      : {
          returnRiskAssessment: {
            subject,
            destination: risk.destination,
            assessedBy: context.agencyId,
            assessedAt: midday(risk.assessedOn),
            riskLevel: risk.level,
            riskFactors: risk.factors,
            returnAdvised: risk.returnAdvised,
            safeguards: risk.safeguards,
          },
        }),
    onwardDisclosureConsents: [],
  };
  const common = {
    subject,
    legalBasis: 'consent' as const,
    consentRefs: [consentId],
    subjectIsChild: false,
    to,
  };
  return [
    {
      ...common,
      type: 'nrm.consent-record',
      version: 2,
      payload: consent,
      consentScope: consent,
      purpose: file.consent.purposes[0]!,
    },
    {
      ...common,
      type: 'nrm.transnational-referral',
      version: 1,
      payload: referral,
      purpose: 'identification',
    },
  ];
}
