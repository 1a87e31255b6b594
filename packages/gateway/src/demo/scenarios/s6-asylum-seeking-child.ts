import { childStatus } from '@nrm/domain';
import type { SendRequest } from '@nrm/client';
import type { DemoRun } from '../demo-run.js';
import {
  caseClosureResettled,
  consentRecord,
  identificationDecision,
  demoPseudonym,
  recoveryPeriod,
  referral,
  residencePermit,
  serviceReferral,
} from '../payloads.js';

const ATINA = 'rs.atina';
const CPTV = 'rs.cptv';
const CSW = 'rs.csw.belgrade';
const KIRS = 'rs.kirs';

/**
 * SCENARIOS S6: Atina's outreach finds a boy who says he is 17 in a Belgrade reception
 * centre; his age is disputed, so he is treated as a child (AGE_DISPUTED_TREATED_AS_CHILD):
 * the referral must address the competent CSW and informs the Commissariat for Refugees; CPTV
 * grants the status; the Commissariat grants the recovery period and then a permit; Atina's
 * social-inclusion programme; the case closes on resettlement with UNHCR.
 */
export async function asylumSeekingChild(run: DemoRun, now: () => Date): Promise<void> {
  const subject = run.subject(
    'S6',
    'asylum-seeking boy, age disputed',
    demoPseudonym('sub', 'DemoS6AsylumBoy'),
  );
  const casePseudonym = demoPseudonym('case', 'DemoS6AsylumBoy');
  const age = { status: 'disputed' as const, claimedAge: 17 };
  const status = childStatus(age, now().toISOString());
  run.record({
    scenario: 'S6',
    day: 'd0',
    from: ATINA,
    to: [],
    type: 'child status, age disputed (@nrm/domain)',
    expected: 'presumed-child',
    answer: status,
    delivery: '',
  });

  // A temporary guardian appointed by the CSW consents for him.
  const consent = consentRecord({
    subject,
    controller: ATINA,
    givenBy: 'guardian',
    recipients: [CPTV, CSW, KIRS, ATINA],
    disclosers: [CPTV, KIRS],
    purposes: ['identification', 'child-protection', 'assistance'],
    categories: [
      'identity',
      'location',
      'family',
      'exploitation',
      'migration',
      'assistance',
      'process',
    ],
    at: now(),
  });
  const common = {
    version: 1,
    subject,
    case: casePseudonym,
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: status !== 'adult',
    area: 'beograd-palilula',
  } satisfies Partial<SendRequest>;
  await run.send(
    'S6',
    'd0',
    ATINA,
    {
      ...common,
      type: 'nrm.consent-record',
      version: 2,
      to: [CPTV],
      purpose: 'child-protection',
      payload: consent,
      consentScope: consent,
    },
    'accepted',
  );
  const referTo = (to: string[]): SendRequest => ({
    ...common,
    type: 'nrm.referral',
    version: 2,
    to,
    purpose: 'child-protection',
    payload: referral({
      subject,
      casePseudonym,
      age,
      gender: 'male',
      foreign: { citizenship: 'AF', migrationStatus: 'asylum-seeker', language: 'ps' },
      from: ATINA,
      channel: 'ngo',
      recipients: to,
      forms: ['labour'],
      indicators: [{ catalogue: 'child', indicator: 'child.hands-over-earnings' }],
      area: 'beograd-palilula',
      consentRefs: [consent.id],
      exploitedIn: ['TR'],
      at: now(),
    }),
  });
  await run.send('S6', 'd0', ATINA, referTo([CPTV, KIRS]), 'ROUTE_FORBIDDEN');
  await run.send('S6', 'd0', ATINA, referTo([CPTV, CSW, KIRS]), 'accepted');

  await run.send(
    'S6',
    'd15',
    CPTV,
    {
      ...common,
      type: 'nrm.identification-decision',
      to: [CSW, ATINA],
      purpose: 'identification',
      payload: identificationDecision({
        outcome: 'granted',
        findings: [
          {
            criterion: 'crit.child',
            finding: 'met',
            reasoning: 'Age disputed: treated as a child; the means are irrelevant.',
            evidence: ['interview'],
          },
          {
            criterion: 'crit.purpose',
            finding: 'met',
            reasoning: 'Forced labour on the route, earnings taken by the smuggler.',
            evidence: ['interview', 'indicator-observations'],
          },
        ],
        at: now(),
      }),
    },
    'accepted',
  );
  for (const [day, payload] of [
    ['d16', recoveryPeriod(subject, KIRS, now())],
    ['d106', residencePermit(subject, KIRS, now())],
  ] as const) {
    await run.send(
      'S6',
      day,
      KIRS,
      {
        ...common,
        type: 'nrm.residence-decision',
        to: [CPTV, ATINA],
        purpose: 'assistance',
        payload,
      },
      'accepted',
    );
  }
  await run.send(
    'S6',
    'd110',
    CPTV,
    {
      ...common,
      type: 'nrm.service-referral',
      to: [ATINA],
      purpose: 'assistance',
      payload: serviceReferral({
        subject,
        casePseudonym,
        service: 'education',
        requester: CPTV,
        provider: ATINA,
        givenBy: 'guardian',
        at: now(),
      }),
    },
    'accepted',
  );
  await run.send(
    'S6',
    'd300',
    CPTV,
    {
      ...common,
      type: 'nrm.case-closure',
      to: [CSW, ATINA],
      purpose: 'assistance',
      payload: caseClosureResettled({
        subject,
        casePseudonym,
        closedBy: CPTV,
        country: 'CA',
        at: now(),
      }),
    },
    'accepted',
  );
}
