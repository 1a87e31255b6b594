import type { SendRequest } from '@nrm/client';
import type { DemoRun } from '../demo-run.js';
import { recordBases } from './recorded-bases.js';
import {
  consentRecord,
  identificationDecision,
  infoRequest,
  infoResponse,
  demoPseudonym,
  referral,
  serviceReferral,
} from '../payloads.js';

const POLICE = 'rs.police.belgrade-thb';
const CPTV = 'rs.cptv';
const CSW = 'rs.csw.belgrade';
const SHELTER = 'rs.atina';

/**
 * SCENARIOS S1: police refer a presumed child victim to CPTV; the gateway refuses the
 * referral until the competent CSW is addressed too, then accepts it for both on the
 * mandatory child route — no consent is asked, a parent may be the exploiter (seed L1408).
 * The CSW, as guardian, then consents to further sharing and lets CPTV rely on it; CPTV asks
 * the CSW and police for information, grants the status citing the criteria, and refers the
 * child to a shelter NGO on that consent.
 */
export async function childReferral(run: DemoRun, now: () => Date): Promise<void> {
  const subject = run.subject(
    'S1',
    'older brother, 14',
    demoPseudonym('sub', 'DemoS1OlderBrother'),
  );
  const casePseudonym = demoPseudonym('case', 'DemoS1OlderBrother');
  const child = {
    subject,
    case: casePseudonym,
    subjectIsChild: true,
    area: 'beograd-savski-venac',
  };

  const referTo = (to: string[]) =>
    policeChildReferral({
      subject,
      casePseudonym,
      to,
      birthDate: '2012-05-14',
      forms: ['forced-begging', 'forced-criminality'],
      indicators: ['child.begging-on-street', 'child.hands-over-earnings'],
      policeObservation:
        'Seen begging at the same crossing every day; an adult collects the money.',
      at: now(),
    });
  // Without the competent CSW the child referral is refused (CHILD_REFERRAL_INCLUDES_CSW) …
  await run.send('S1', 'd0', POLICE, referTo([CPTV]), 'ROUTE_FORBIDDEN');
  // … and accepted once the CSW is addressed, on the mandatory referrals, without consent.
  const referred = await run.send('S1', 'd0', POLICE, referTo([CPTV, CSW]), 'accepted', {
    showCategories: true,
  });
  await recordBases(run, 'S1', 'd0', subject, referred?.id, {
    [CPTV]: 'mandatory-referral',
    [CSW]: 'mandatory-child-referral',
  });

  // d1: the CSW holds guardianship and consents to what goes beyond the referral minimum:
  // CPTV may share with the police and the shelter on it.
  const consent = consentRecord({
    subject,
    controller: CSW,
    givenBy: 'guardian',
    recipients: [CPTV, CSW, POLICE, SHELTER],
    disclosers: [CPTV],
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
  const viaConsent = {
    ...child,
    version: 1,
    legalBasis: 'consent',
    consentRefs: [consent.id],
  } satisfies Partial<SendRequest>;
  await run.send(
    'S1',
    'd1',
    CSW,
    {
      ...viaConsent,
      type: 'nrm.consent-record',
      version: 2,
      to: [CPTV],
      purpose: 'identification',
      payload: consent,
      consentScope: consent,
    },
    'accepted',
  );

  // d2: procedural questions between state bodies travel under their public task.
  const procedural = {
    ...child,
    version: 1,
    purpose: 'identification',
    legalBasis: 'public-task',
  } satisfies Partial<SendRequest>;
  const question = infoRequest(CSW, ['Is the family known to the centre?'], now());
  const asked = await run.send(
    'S1',
    'd2',
    CPTV,
    {
      ...procedural,
      type: 'nrm.info-request',
      to: [CSW, POLICE],
      payload: question,
    },
    'accepted',
  );
  for (const answerer of [CSW, POLICE]) {
    await run.send(
      'S1',
      'd4',
      answerer,
      {
        ...procedural,
        type: 'nrm.info-response',
        to: [CPTV],
        payload: infoResponse(question.requestId, 'Known to the centre since 2024.', now()),
        ...(asked === undefined ? {} : { inReplyTo: asked.id }),
      },
      'accepted',
    );
  }

  // d10: CPTV grants the status, citing the criteria (the means are not needed for a child).
  await run.send(
    'S1',
    'd10',
    CPTV,
    {
      ...viaConsent,
      type: 'nrm.identification-decision',
      to: [CSW, POLICE],
      purpose: 'identification',
      payload: identificationDecision({
        outcome: 'granted',
        findings: [
          {
            criterion: 'crit.act',
            finding: 'met',
            reasoning: 'Recruited and harboured by an adult who organised the begging.',
            evidence: ['first-responder-report', 'interview'],
          },
          {
            criterion: 'crit.purpose',
            finding: 'met',
            reasoning: 'Forced begging and forced criminality: exploitation.',
            evidence: ['indicator-observations'],
          },
          {
            criterion: 'crit.child',
            finding: 'met',
            reasoning: 'A child: the means of trafficking are irrelevant.',
            evidence: ['documents'],
          },
        ],
        at: now(),
      }),
    },
    'accepted',
  );

  // A service referral to the shelter NGO, on the guardian's consent.
  await run.send(
    'S1',
    'd11',
    CPTV,
    {
      ...viaConsent,
      type: 'nrm.service-referral',
      to: [SHELTER],
      purpose: 'assistance',
      payload: serviceReferral({
        subject,
        casePseudonym,
        service: 'accommodation',
        requester: CPTV,
        provider: SHELTER,
        givenBy: 'guardian',
        at: now(),
      }),
    },
    'accepted',
  );
  await referYoungerBrother(run, now);
}

/**
 * S1's younger brother (8): referred by the police to CPTV and the competent CSW on the same
 * mandatory routes as his brother, without consent (a parent may be the exploiter, seed L1408).
 */
async function referYoungerBrother(run: DemoRun, now: () => Date): Promise<void> {
  const subject = run.subject(
    'S1',
    'younger brother, 8',
    demoPseudonym('sub', 'DemoS1YoungerBrother'),
  );
  const casePseudonym = demoPseudonym('case', 'DemoS1YoungerBrother');
  const referred = await run.send(
    'S1',
    'd0',
    POLICE,
    policeChildReferral({
      subject,
      casePseudonym,
      to: [CPTV, CSW],
      birthDate: '2018-03-02',
      forms: ['forced-begging'],
      indicators: ['child.begging-on-street'],
      policeObservation: 'Begging beside his older brother; hands the money to the same adult.',
      at: now(),
    }),
    'accepted',
  );
  await recordBases(run, 'S1', 'd0', subject, referred?.id, {
    [CPTV]: 'mandatory-referral',
    [CSW]: 'mandatory-child-referral',
  });
}

/**
 * The police's referral of a presumed child victim, on the mandatory referral routes (a legal
 * obligation, no consent asked: seed L1838-1841) with the referral minimum, as `nrm.referral`
 * v3 so the officer's own observation can travel in words.
 */
function policeChildReferral(input: {
  subject: string;
  casePseudonym: string;
  to: string[];
  birthDate: string;
  forms: string[];
  indicators: string[];
  policeObservation: string;
  at: Date;
}): SendRequest {
  const area = 'beograd-savski-venac';
  return {
    subject: input.subject,
    case: input.casePseudonym,
    subjectIsChild: true,
    area,
    type: 'nrm.referral',
    version: 3,
    to: input.to,
    purpose: 'identification',
    legalBasis: 'legal-obligation',
    payload: referral({
      subject: input.subject,
      casePseudonym: input.casePseudonym,
      age: { status: 'documented', birthDate: input.birthDate },
      gender: 'male',
      from: POLICE,
      channel: 'police',
      recipients: input.to,
      forms: input.forms,
      indicators: [
        ...input.indicators.map((indicator) => ({ catalogue: 'child', indicator })),
        // The police's own indicators are not published (seed L794-797): an observation in
        // the officer's words travels as v3 `text`, and the receiver is warned, never refused.
        { catalogue: 'police', text: input.policeObservation },
      ],
      area,
      consentRefs: [],
      at: input.at,
    }),
  };
}
