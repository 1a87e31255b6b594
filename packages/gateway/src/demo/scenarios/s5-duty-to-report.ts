import { assistanceNotConditionalOnCooperation, type AssistanceCondition } from '@nrm/domain';
import type { SendRequest } from '@nrm/client';
import type { DemoRun } from '../demo-run.js';
import {
  carePlan,
  consentRecord,
  crimeReport,
  demoPseudonym,
  referral,
  serviceReferral,
  serviceUpdate,
} from '../payloads.js';

const ASTRA = 'rs.astra';
const CPTV = 'rs.cptv';
const POLICE = 'rs.police.belgrade-thb';

/**
 * SCENARIOS S5: a woman supported by ASTRA refuses police contact: her consent names CPTV and
 * ASTRA only. CPTV agrees a care plan with her and refers her to ASTRA; then it learns that she
 * was made to carry drugs for her exploiters, a crime it must report. The crime report (an
 * `nrm.proceedings-notice` v2 of kind `crime-report`) goes to the police without consent, on
 * the duty-to-report rule (legal obligation, legal proceedings, nothing beyond pseudonyms and
 * the criminal-proceedings facts); her file with its health section is refused
 * (CONSENT_MISSING). Her assistance goes on unchanged: ASTRA's service update is accepted, and
 * the care plan holds no cooperation condition (ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION). Her
 * subject access report names the rule.
 */
export async function dutyToReport(run: DemoRun, now: () => Date): Promise<void> {
  const subject = run.subject(
    'S5',
    'woman who refuses police contact',
    demoPseudonym('sub', 'DemoS5DutyToReport'),
  );
  const casePseudonym = demoPseudonym('case', 'DemoS5DutyToReport');
  const consent = consentRecord({
    subject,
    controller: ASTRA,
    givenBy: 'self',
    // She refuses police contact: the police are not among the recipients.
    recipients: [CPTV, ASTRA],
    // CPTV may pass her care plan to ASTRA on it; the police are neither recipient nor discloser.
    disclosers: [CPTV],
    purposes: ['identification', 'assistance'],
    categories: ['identity', 'exploitation', 'assistance', 'process'],
    at: now(),
  });
  const common = {
    version: 1,
    subject,
    case: casePseudonym,
    purpose: 'assistance',
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: false,
    area: 'beograd-stari-grad',
  } satisfies Partial<SendRequest>;
  await run.send(
    'S5',
    'd0',
    ASTRA,
    {
      ...common,
      type: 'nrm.consent-record',
      version: 2,
      to: [CPTV],
      purpose: 'identification',
      payload: consent,
      consentScope: consent,
    },
    'accepted',
  );

  // d14: the care plan made with her, and the referral to ASTRA for psychosocial support.
  const conditions: AssistanceCondition[] = ['informed-consent', 'participation-in-care-plan'];
  const plan = carePlan({
    subject,
    casePseudonym,
    madeBy: CPTV,
    provider: ASTRA,
    conditions,
    at: now(),
  });
  await run.send(
    'S5',
    'd14',
    CPTV,
    { ...common, type: 'nrm.care-plan', to: [ASTRA], payload: plan },
    'accepted',
  );
  const support = serviceReferral({
    subject,
    casePseudonym,
    service: 'psychosocial',
    requester: CPTV,
    provider: ASTRA,
    givenBy: 'self',
    at: now(),
  });
  await run.send(
    'S5',
    'd14',
    CPTV,
    { ...common, type: 'nrm.service-referral', to: [ASTRA], payload: support },
    'accepted',
  );

  // d20: the duty to report, without her consent: only what the rule lets go.
  const duty = {
    ...common,
    purpose: 'legal-proceedings',
    legalBasis: 'legal-obligation',
    consentRefs: [],
    to: [POLICE],
  } satisfies Partial<SendRequest>;
  await run.send(
    'S5',
    'd20',
    CPTV,
    {
      ...duty,
      type: 'nrm.proceedings-notice',
      version: 2,
      payload: crimeReport({
        subject,
        casePseudonym,
        issuedBy: CPTV,
        reportedTo: POLICE,
        offence:
          'Trafficking in human beings: made to transport drugs across the city for the exploiters.',
        at: now(),
      }),
    },
    'accepted',
    { showCategories: true },
  );
  // Her file as ASTRA referred it, with its health section: more than the duty to report allows.
  await run.send(
    'S5',
    'd20',
    CPTV,
    {
      ...duty,
      type: 'nrm.referral',
      version: 2,
      payload: referral({
        subject,
        casePseudonym,
        age: { status: 'documented', birthDate: '2001-06-03' },
        gender: 'female',
        from: ASTRA,
        channel: 'ngo',
        recipients: [CPTV],
        forms: ['forced-criminality'],
        indicators: [
          { catalogue: 'iom-national', indicator: 'iom-national.documents-held-by-another' },
        ],
        area: 'beograd-stari-grad',
        consentRefs: [consent.id],
        disability: true,
        at: now(),
      }),
    },
    'CONSENT_MISSING',
  );

  // d21: assistance goes on as planned: ASTRA reports the support under way …
  await run.send(
    'S5',
    'd21',
    ASTRA,
    {
      ...common,
      type: 'nrm.service-update',
      to: [CPTV],
      payload: serviceUpdate(support.id, ASTRA, now()),
    },
    'accepted',
  );
  // … and the plan it follows holds no cooperation condition; one that did would be refused.
  record(run, 'the care plan after the report', plan.conditions, 'none');
  record(
    run,
    'a care plan conditional on cooperation-with-police',
    [...conditions, 'cooperation-with-police'],
    'ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION',
  );

  // d30: she asks what was shared with the police: her subject access report names the rule.
  const report = (await run.dpoGet(
    `/v1/dpo/subject-access/${subject}?format=json`,
  )) as SubjectAccessEntries;
  run.record({
    scenario: 'S5',
    day: 'd30',
    from: 'DPO',
    to: [],
    type: 'subject access report: the police',
    expected:
      'shared: nrm.proceedings-notice (legal-obligation, duty-to-report); denied: nrm.referral',
    answer: disclosuresTo(POLICE, {
      shared: run.thisRun(report.shared),
      notShared: run.thisRun(report.notShared),
    }),
    delivery: '',
  });
}

/** One trace line for the domain rule ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION on a plan's conditions. */
function record(
  run: DemoRun,
  what: string,
  conditions: readonly AssistanceCondition[],
  expected: string,
): void {
  const found = assistanceNotConditionalOnCooperation({
    carePlan: { conditions: [...conditions] },
  });
  run.record({
    scenario: 'S5',
    day: 'd21',
    from: CPTV,
    to: [],
    type: `${what} (@nrm/domain)`,
    expected,
    answer: [...new Set(found.map((v) => v.code))].join(', ') || 'none',
    delivery: '',
    detail: `conditions: ${conditions.join(', ')}`,
  });
}

/** What a subject access report (`GET /v1/dpo/subject-access/:subject`, JSON) lists per disclosure. */
interface SubjectAccessEntries {
  shared: ReportedEntry[];
  notShared: ReportedEntry[];
}
interface ReportedEntry {
  messageType: string;
  at: string;
  recipient: { id: string };
  outcome: string;
  basis?: { lawfulBasis: string; ruleId?: string };
}

/** `shared: type (basis, rule); denied: type` — the report's entries for one recipient. */
function disclosuresTo(recipient: string, report: SubjectAccessEntries): string {
  const to = (entries: ReportedEntry[]) => entries.filter((e) => e.recipient.id === recipient);
  const shared = to(report.shared).map(
    (e) =>
      `${e.messageType} (${e.basis?.lawfulBasis ?? 'no basis'}${e.basis?.ruleId === undefined ? '' : `, ${e.basis.ruleId}`})`,
  );
  const denied = to(report.notShared)
    .filter((e) => e.outcome === 'denied')
    .map((e) => e.messageType);
  return `shared: ${shared.join(', ') || 'none'}; denied: ${denied.join(', ') || 'none'}`;
}
