import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import { derivedUuid } from '../shared/derived-uuid.js';
import { derivePseudonym } from '../shared/pseudonym.js';
import { EXPLOITATION_FORMS, IMMEDIATE_NEEDS } from '../shared/serbian-vocabulary.js';
import { translate } from '../shared/translate.js';
import type { CallRecord } from './native.js';

const GENDERS: Readonly<Record<string, string>> = {
  ž: 'female',
  m: 'male',
  drugo: 'non-binary',
  nepoznato: 'unknown',
};

const MONTH_MS = 30 * 86_400_000;

/**
 * One hotline call → the caller's consent record and the referral to the CPTV that rests on
 * it (SCENARIOS S2 d0: the NGO records the person's own consent, then refers). A caller who
 * did not consent is not referred: the counsellor follows up (the record goes to the reject
 * file). A child caller is referred on the mandatory child route by the counsellor, not on
 * the child's own consent (DOMAIN "Children").
 */
export function callToCanonical(
  call: CallRecord,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  if (!call.saglasnost.data) {
    return {
      code: 'CONSENT_NOT_GIVEN',
      message: 'The caller did not consent to a referral; nothing is sent.',
      path: `${call.pozivId}/saglasnost/data`,
    };
  }
  if (call.pozivalac.godine !== undefined && call.pozivalac.godine < 18) {
    return {
      code: 'CHILD_CALLER',
      message:
        'A child cannot consent alone: refer on the mandatory child route with the competent CSW.',
      path: `${call.pozivId}/pozivalac/godine`,
    };
  }
  const forms = translate(call.oblici, EXPLOITATION_FORMS, `${call.pozivId}/oblici`);
  if (!Array.isArray(forms)) {
    return forms;
  }
  const needs = translate(call.potrebe, IMMEDIATE_NEEDS, `${call.pozivId}/potrebe`);
  if (!Array.isArray(needs)) {
    return needs;
  }
  const recipients: string[] = [];
  for (const [index, role] of call.saglasnost.primaoci.entries()) {
    const agency = context.directory[role];
    if (agency === undefined) {
      return {
        code: 'NATIVE_FIELD_INVALID',
        message: `"${role}" is not in the directory (${Object.keys(context.directory).join(', ')}).`,
        path: `${call.pozivId}/saglasnost/primaoci/${String(index)}`,
      };
    }
    recipients.push(agency);
  }
  const cptv = context.directory.cptv;
  if (cptv === undefined || !recipients.includes(cptv)) {
    return {
      code: 'CONSENT_MISSING',
      message:
        'The caller did not consent to a referral to the CPTV (saglasnost.primaoci lacks cptv).',
      path: `${call.pozivId}/saglasnost/primaoci`,
    };
  }
  const subject = derivePseudonym(
    'sub',
    context.agencyId,
    call.pozivalac.sifra,
    context.pseudonymSecret,
  );
  const casePseudonym = derivePseudonym(
    'case',
    context.agencyId,
    call.pozivId,
    context.pseudonymSecret,
  );
  const consentId = derivedUuid(`${context.agencyId}:consent:${call.pozivId}`);
  const at = new Date(call.vreme);
  const consent = {
    id: consentId,
    subject,
    controller: context.agencyId,
    givenBy: 'self',
    recipients: recipients.map((agency) => ({ by: 'agency', agency })),
    disclosers: [],
    purposes: call.saglasnost.svrhe,
    categories: call.saglasnost.kategorije,
    validFrom: call.vreme,
    validUntil: new Date(at.getTime() + call.saglasnost.vaziMeseci * MONTH_MS).toISOString(),
    language: call.pozivalac.jezik,
    formVersion: call.saglasnost.obrazac,
    obtainedAt: call.vreme,
  };
  const abroad = call.inostranstvo;
  const foreign =
    call.pozivalac.drzavljanstvo.length > 0 && !call.pozivalac.drzavljanstvo.includes('RS');
  const interpreter = needs.includes('interpretation');
  const referral = {
    id: `ref_${casePseudonym.slice(5)}`,
    casePseudonym,
    subject: {
      pseudonym: subject,
      age: { status: 'unknown' },
      gender: GENDERS[call.pozivalac.pol] ?? 'unknown',
      citizenship: call.pozivalac.drzavljanstvo,
      migrationStatus: foreign ? 'unknown' : 'citizen',
      unaccompanied: false,
      separated: false,
      languages: [call.pozivalac.jezik],
      interpreterNeeded: interpreter,
    },
    referringAgency: context.agencyId,
    channel: 'self-referral',
    referredAt: call.vreme,
    recipients: [cptv],
    exploitation: {
      forms,
      countriesOfRecruitment: [],
      countriesOfExploitation: abroad,
      domestic: abroad.length === 0,
    },
    indicators: [
      {
        catalogue: 'hotline',
        text: call.opis,
        observedBy: context.agencyId,
        observedAt: call.vreme,
      },
    ],
    immediateNeeds: needs,
    interpreter: interpreter ? { needed: true, language: call.pozivalac.jezik } : { needed: false },
    area: call.opstina,
    consentRefs: [consentId],
  };
  const common = {
    subject,
    case: casePseudonym,
    legalBasis: 'consent' as const,
    consentRefs: [consentId],
    subjectIsChild: false,
    area: call.opstina,
  };
  return [
    {
      ...common,
      type: 'nrm.consent-record',
      version: 2,
      payload: consent,
      consentScope: consent,
      to: recipients,
      purpose: call.saglasnost.svrhe[0] ?? 'identification',
    },
    {
      ...common,
      type: 'nrm.referral',
      version: 3,
      payload: referral,
      to: [cptv],
      purpose: 'identification',
    },
  ];
}
