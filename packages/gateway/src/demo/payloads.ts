/**
 * The payloads the demo sends, built from the story (SCENARIOS.md) as valid wire payloads of
 * the `@nrm/schemas` catalogue. Times are passed in: the story's days are labels, the
 * gateway checks consent validity and replay windows against real time.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AssistanceCondition, DataCategory, Purpose } from '@nrm/domain';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The fixed pseudonym of a demo person or case (`sub_DemoS1OlderBrother00`): the same in every
 * run, so the DPO guide can name the people the demo creates. `name` is letters and digits;
 * it is padded with zeros to 20.
 */
export function demoPseudonym(prefix: 'sub' | 'case', name: string): string {
  if (!/^[0-9A-Za-z]{1,40}$/.test(name)) {
    throw new TypeError(`a demo pseudonym is letters and digits, got "${name}"`);
  }
  return `${prefix}_${name.padEnd(20, '0')}`;
}

/** A fresh pseudonym (`sub_`/`case_` + 20 random letters or digits): each run is its own story. */
export function pseudonym(prefix: 'sub' | 'case'): string {
  const chars = [...randomBytes(20)].map((byte) => ALNUM[byte % ALNUM.length]!);
  return `${prefix}_${chars.join('')}`;
}

const iso = (at: Date, offsetMs = 0): string => new Date(at.getTime() + offsetMs).toISOString();
const DAY_MS = 86_400_000;

/** A consent record (`nrm.consent-record` v2), valid from a minute ago for a year. */
export function consentRecord(input: {
  subject: string;
  controller: string;
  givenBy: 'self' | 'guardian';
  recipients: readonly string[];
  purposes: readonly Purpose[];
  categories: readonly DataCategory[];
  /** Agencies besides the controller the person lets disclose under it (v2); none: only the controller. */
  disclosers?: readonly string[];
  at: Date;
}) {
  return {
    id: randomUUID(),
    subject: input.subject,
    controller: input.controller,
    givenBy: input.givenBy,
    recipients: input.recipients.map((agency) => ({ by: 'agency' as const, agency })),
    disclosers: (input.disclosers ?? []).map((agency) => ({ by: 'agency' as const, agency })),
    purposes: [...input.purposes],
    categories: [...input.categories],
    validFrom: iso(input.at, -60_000),
    validUntil: iso(input.at, 365 * DAY_MS),
    language: 'sr',
    formVersion: 'rs-2026.1',
    obtainedAt: iso(input.at, -120_000),
  };
}

/**
 * A first responder's referral: valid as `nrm.referral` v2 when every observation names a
 * catalogue indicator, v3 when one is in the observer's own words (`text`).
 */
export function referral(input: {
  subject: string;
  casePseudonym: string;
  /** A documented birth date, or what is known when it is not documented (S6: disputed). */
  age: { status: 'documented'; birthDate: string } | { status: 'disputed'; claimedAge: number };
  gender: 'male' | 'female';
  /** Foreign nationals: citizenship, status, no guardian with them, an interpreter. */
  foreign?: { citizenship: string; migrationStatus: 'asylum-seeker'; language: string };
  from: string;
  channel: 'police' | 'ngo';
  recipients: readonly string[];
  forms: readonly string[];
  indicators: readonly { catalogue: string; indicator?: string; text?: string }[];
  area: string;
  consentRefs: readonly string[];
  /** Countries of exploitation abroad; none for a domestic case. */
  exploitedIn?: readonly string[];
  /** Health data about the person (SCENARIOS S2 step 2): the referral's health section. */
  disability?: boolean;
  at: Date;
}) {
  const abroad = [...(input.exploitedIn ?? [])];
  return {
    id: `ref_${input.casePseudonym.slice(5, 23)}`,
    casePseudonym: input.casePseudonym,
    subject: {
      pseudonym: input.subject,
      age: input.age,
      gender: input.gender,
      citizenship: [input.foreign?.citizenship ?? 'RS'],
      migrationStatus: input.foreign?.migrationStatus ?? 'citizen',
      unaccompanied: input.foreign !== undefined,
      separated: false,
      languages: [input.foreign?.language ?? 'sr'],
      interpreterNeeded: input.foreign !== undefined,
      ...(input.disability === undefined ? {} : { disability: input.disability }),
    },
    referringAgency: input.from,
    channel: input.channel,
    referredAt: iso(input.at),
    recipients: [...input.recipients],
    exploitation: {
      forms: [...input.forms],
      countriesOfRecruitment: [],
      countriesOfExploitation: abroad,
      domestic: abroad.length === 0,
    },
    indicators: input.indicators.map((i) => ({
      ...i,
      observedBy: input.from,
      observedAt: iso(input.at, -3_600_000),
    })),
    immediateNeeds: ['safe-accommodation'],
    interpreter:
      input.foreign === undefined
        ? { needed: false }
        : { needed: true, language: input.foreign.language },
    area: input.area,
    consentRefs: [...input.consentRefs],
  };
}

/** `nrm.info-request` v1 / `nrm.info-response` v1. */
export function infoRequest(requestedFrom: string, questions: readonly string[], at: Date) {
  return {
    requestId: randomUUID(),
    requestedFrom,
    purpose: 'identification',
    questions: [...questions],
    categoriesRequested: ['family', 'assistance'],
    respondBy: iso(at, 7 * DAY_MS),
  };
}

export function infoResponse(requestId: string, answer: string, at: Date) {
  return {
    requestId,
    answeredAt: iso(at),
    answers: [{ question: 0, answer }],
    withheldCategories: [],
  };
}

/** `nrm.consultation-request` v1 and `nrm.consultation-opinion` v1 (the NGO's expert opinion). */
export function consultationRequest(
  role: 'referring-agency' | 'support-provider' | 'competent-csw' | 'police',
  summary: string,
  at: Date,
) {
  return {
    consultationId: randomUUID(),
    role,
    contemplatedOutcome: 'refused',
    summary,
    requestedAt: iso(at),
    respondBy: iso(at, 7 * DAY_MS),
  };
}

export function consultationOpinion(agency: string, opinion: string, requestedAt: string) {
  return { status: 'consulted', role: 'support-provider', agency, requestedAt, opinion };
}

/** A finding on one identification criterion (DOMAIN.md "Identification criteria"). */
export interface Finding {
  criterion: string;
  finding: 'met' | 'not-met';
  reasoning: string;
  evidence: readonly string[];
}

/** `nrm.identification-decision` v1, citing the criteria it applied. */
export function identificationDecision(input: {
  outcome: 'granted' | 'refused';
  findings: readonly Finding[];
  motivation?: { text: string; sendTo: readonly object[] };
  at: Date;
}) {
  return {
    outcome: input.outcome,
    findings: input.findings.map((f) => ({ ...f, evidence: [...f.evidence] })),
    ...(input.motivation === undefined
      ? {}
      : {
          motivation: {
            text: input.motivation.text,
            language: 'sr',
            sendTo: [...input.motivation.sendTo],
            informsOfReviewRight: true,
          },
        }),
    stage: 'final',
    draftedBy: { id: 'cw.jovana', agency: 'rs.cptv' },
    draftedAt: iso(input.at, -DAY_MS),
    approvedBy: { id: 'head.milan', agency: 'rs.cptv' },
    issuedAt: iso(input.at),
  };
}

/** `nrm.service-referral` v1: a request to a provider (here a shelter) to deliver a service. */
export function serviceReferral(input: {
  subject: string;
  casePseudonym: string;
  service: string;
  requester: string;
  provider: string;
  givenBy: 'self' | 'guardian';
  at: Date;
}) {
  return {
    id: `sr_${input.casePseudonym.slice(5, 17)}`,
    case: input.casePseudonym,
    subject: input.subject,
    service: input.service,
    requester: input.requester,
    provider: input.provider,
    consent: { informed: true, givenBy: input.givenBy, givenAt: iso(input.at, -60_000) },
    providerChoice: { chosenBy: 'subject', alternativesOffered: 1 },
    status: 'requested',
    history: [{ status: 'requested', at: iso(input.at), by: input.requester }],
  };
}

/** `nrm.service-update` v1. */
export function serviceUpdate(serviceReferralId: string, by: string, at: Date) {
  return { serviceReferralId, status: 'in-progress', at: iso(at), by };
}

/** `nrm.consent-withdrawal` v1. */
export function consentWithdrawal(consentId: string, recordedBy: string, at: Date) {
  return { consentId, withdrawnAt: iso(at), withdrawnBy: 'self', recordedBy };
}

/** `nrm.review-request` v1 (the person, through the NGO) and `nrm.review-outcome` v1 (the panel). */
export function reviewRequest(agency: string, grounds: string, at: Date) {
  return { requestedBy: 'subject', agency, requestedAt: iso(at), grounds };
}

export function reviewOutcome(findings: readonly Finding[], at: Date) {
  return {
    outcome: 'overturned',
    findings: findings.map((f) => ({ ...f, evidence: [...f.evidence] })),
    decidedAt: iso(at),
  };
}

/** `nrm.residence-decision` v1: the recovery and reflection period, then the residence permit. */
export function recoveryPeriod(subject: string, grantedBy: string, at: Date) {
  return {
    decision: 'recovery-period',
    period: { subject, grantedBy, startedAt: iso(at), extensions: [], conditions: [] },
  };
}

export function residencePermit(subject: string, grantedBy: string, at: Date) {
  return {
    decision: 'residence-permit',
    permit: {
      subject,
      grantedBy,
      validFrom: iso(at),
      ground: 'protection-recovery-safety',
      extensions: [],
      access: { labourMarket: true, vocationalTraining: true, education: true },
    },
  };
}

/** `nrm.case-closure` v1: closed on resettlement arranged by UNHCR. */
export function caseClosureResettled(input: {
  subject: string;
  casePseudonym: string;
  closedBy: string;
  country: string;
  at: Date;
}) {
  return {
    case: input.casePseudonym,
    subject: input.subject,
    closedBy: input.closedBy,
    closedAt: iso(input.at),
    reason: { kind: 'resettlement', country: input.country, arrangedBy: 'unhcr' },
    servicesProvided: ['accommodation', 'psychosocial', 'education'],
    summary: 'Resettled with UNHCR; the receiving NGO has the contact of the case manager.',
  };
}

/**
 * `nrm.care-plan` v1: the plan made with the person and the support NGO, psychosocial
 * support and legal aid from that NGO, under the given conditions.
 */
export function carePlan(input: {
  subject: string;
  casePseudonym: string;
  madeBy: string;
  provider: string;
  conditions: readonly AssistanceCondition[];
  at: Date;
}) {
  return {
    case: input.casePseudonym,
    subject: input.subject,
    madeBy: input.madeBy,
    madeAt: iso(input.at),
    partnerAgencies: [input.provider],
    subjectParticipation: {
      participated: true,
      agreed: true,
      views: 'Wants support and legal advice; does not want to talk to the police.',
    },
    services: [
      { kind: 'psychosocial', provider: input.provider, providerChosenBySubject: true },
      { kind: 'legal-aid-criminal', provider: input.provider, providerChosenBySubject: true },
    ],
    conditions: [...input.conditions],
    reviewEveryDays: 90,
    reviews: [],
  };
}

/**
 * `nrm.proceedings-notice` v2 `crime-report` from the competent authority under its duty to
 * report: the offence, when it was learned, to whom it goes and when the person was told;
 * like every notice it carries only the pseudonyms and criminal-proceedings facts.
 */
export function crimeReport(input: {
  subject: string;
  casePseudonym: string;
  issuedBy: string;
  reportedTo: string;
  offence: string;
  at: Date;
}) {
  return {
    case: input.casePseudonym,
    subject: input.subject,
    issuedBy: input.issuedBy,
    issuedAt: iso(input.at),
    kind: 'crime-report',
    offence: input.offence,
    learnedAt: iso(input.at, -DAY_MS),
    reportedTo: input.reportedTo,
    subjectInformedAt: iso(input.at, -60_000),
  };
}

/**
 * The prosecutor tells the victim's supporters of a plea agreement (`nrm.proceedings-notice`
 * v1, `plea-bargain`): pseudonyms, case number and the time of the agreement, nothing else.
 */
export function pleaBargainNotice(input: {
  subject: string;
  casePseudonym: string;
  issuedBy: string;
  proceedingsRef: string;
  agreedAt: Date;
  at: Date;
}) {
  return {
    case: input.casePseudonym,
    subject: input.subject,
    issuedBy: input.issuedBy,
    issuedAt: iso(input.at),
    proceedingsRef: input.proceedingsRef,
    kind: 'plea-bargain',
    agreedAt: iso(input.agreedAt),
  };
}

/** The prosecutor tells the victim's supporters the accused was released (`release-of-accused`). */
export function releaseNotice(input: {
  subject: string;
  casePseudonym: string;
  issuedBy: string;
  proceedingsRef: string;
  releasedAt: Date;
  at: Date;
}) {
  return {
    case: input.casePseudonym,
    subject: input.subject,
    issuedBy: input.issuedBy,
    issuedAt: iso(input.at),
    proceedingsRef: input.proceedingsRef,
    kind: 'release-of-accused',
    releasedAt: iso(input.releasedAt),
  };
}
