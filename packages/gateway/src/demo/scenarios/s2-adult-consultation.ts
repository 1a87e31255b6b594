import type { SendRequest } from '@nrm/client';
import type { DemoRun } from '../demo-run.js';
import {
  consentRecord,
  consultationOpinion,
  consultationRequest,
  identificationDecision,
  demoPseudonym,
  referral,
  reviewOutcome,
  reviewRequest,
  type Finding,
} from '../payloads.js';

const ASTRA = 'rs.astra';
const CPTV = 'rs.cptv';
const POLICE = 'rs.police.belgrade-thb';
const CSW = 'rs.csw.belgrade';
const PANEL = 'rs.national-coordinator';

/**
 * SCENARIOS S2: ASTRA records the woman's consent (not covering health) and refers her;
 * a referral carrying health data is refused with CONSENT_MISSING and goes through once
 * minimised; before refusing, CPTV consults ASTRA (expert opinion), the CSW and police;
 * the refusal cites the criteria; ASTRA asks for review and the independent panel overturns it.
 */
export async function adultConsultation(run: DemoRun, now: () => Date): Promise<void> {
  const subject = run.subject(
    'S2',
    'woman referred by ASTRA',
    demoPseudonym('sub', 'DemoS2AstraCaller'),
  );
  const casePseudonym = demoPseudonym('case', 'DemoS2AstraCaller');
  const consent = consentRecord({
    subject,
    controller: ASTRA,
    givenBy: 'self',
    recipients: [CPTV, POLICE, ASTRA, CSW, PANEL],
    // She lets CPTV and the review panel share what she agreed to with the others named.
    disclosers: [CPTV, PANEL],
    purposes: ['identification', 'legal-proceedings'],
    // Everything a referral holds except health: she did not agree to share her psychiatric care.
    categories: [
      'identity',
      'contact',
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
    purpose: 'identification',
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: false,
    area: 'beograd-stari-grad',
  } satisfies Partial<SendRequest>;
  await run.send(
    'S2',
    'd0',
    ASTRA,
    {
      ...common,
      type: 'nrm.consent-record',
      version: 2,
      to: [CPTV],
      payload: consent,
      consentScope: consent,
    },
    'accepted',
  );
  const referralOf = (disability?: boolean) =>
    referral({
      subject,
      casePseudonym,
      age: { status: 'documented', birthDate: '1997-02-11' },
      gender: 'female',
      from: ASTRA,
      channel: 'ngo',
      recipients: [CPTV],
      forms: ['sexual'],
      indicators: [
        { catalogue: 'iom-national', indicator: 'iom-national.documents-held-by-another' },
      ],
      area: 'beograd-stari-grad',
      consentRefs: [consent.id],
      exploitedIn: ['DE'],
      ...(disability === undefined ? {} : { disability }),
      at: now(),
    });
  const refer = { ...common, type: 'nrm.referral', version: 2, to: [CPTV] };
  await run.send('S2', 'd0', ASTRA, { ...refer, payload: referralOf() }, 'accepted');
  // d3: a referral that includes health data: the consent does not cover it …
  const withHealth = referralOf(true);
  await run.send('S2', 'd3', ASTRA, { ...refer, payload: withHealth }, 'CONSENT_MISSING');
  // … with the SDK's minimise option the health section is stripped before sealing and it goes through.
  await run.send('S2', 'd3', ASTRA, { ...refer, payload: withHealth, minimise: true }, 'accepted');

  // d20: a refusal is contemplated: consult the referring NGO, the competent CSW and police first.
  const request = consultationRequest(
    'support-provider',
    'Sexual exploitation abroad; the account lacks detail on the means.',
    now(),
  );
  const consulted = await run.send(
    'S2',
    'd20',
    CPTV,
    {
      ...common,
      type: 'nrm.consultation-request',
      to: [ASTRA, CSW, POLICE],
      payload: request,
    },
    'accepted',
  );
  await run.send(
    'S2',
    'd24',
    ASTRA,
    {
      ...common,
      type: 'nrm.consultation-opinion',
      to: [CPTV],
      payload: consultationOpinion(
        ASTRA,
        'The account is consistent over three months of counselling; her passport was withheld.',
        request.requestedAt,
      ),
      ...(consulted === undefined ? {} : { inReplyTo: consulted.id }),
    },
    'accepted',
  );

  // d30: the refusal, motivated, citing the criteria, to the person (through ASTRA) and police.
  const means: Finding = {
    criterion: 'crit.means',
    finding: 'not-met',
    reasoning: 'No threat, deception or abuse of vulnerability was described in the interview.',
    evidence: ['interview', 'consultation-opinion'],
  };
  const decision = await run.send(
    'S2',
    'd30',
    CPTV,
    {
      ...common,
      type: 'nrm.identification-decision',
      to: [ASTRA, POLICE],
      payload: identificationDecision({
        outcome: 'refused',
        findings: [means],
        motivation: {
          text: 'The status was not granted because the means could not be established. You may ask for a review by an independent panel within 30 days.',
          sendTo: [
            { kind: 'subject', via: ASTRA },
            { kind: 'agency', agency: POLICE },
          ],
        },
        at: now(),
      }),
    },
    'accepted',
  );

  // d35: review by a panel without the original decision-makers: overturned.
  const inReplyTo = decision === undefined ? {} : { inReplyTo: decision.id };
  await run.send(
    'S2',
    'd35',
    ASTRA,
    {
      ...common,
      ...inReplyTo,
      type: 'nrm.review-request',
      to: [CPTV, PANEL],
      payload: reviewRequest(ASTRA, 'The recruiter kept her passport; this was not asked.', now()),
    },
    'accepted',
  );
  await run.send(
    'S2',
    'd50',
    PANEL,
    {
      ...common,
      ...inReplyTo,
      type: 'nrm.review-outcome',
      to: [CPTV, ASTRA],
      payload: reviewOutcome(
        [
          {
            ...means,
            finding: 'met',
            reasoning: 'Retention of the passport amounts to abuse of a position of vulnerability.',
            evidence: ['interview', 'documents'],
          },
        ],
        now(),
      ),
    },
    'accepted',
  );
}
