import { randomUUID } from 'node:crypto';
import type { SendRequest } from '@nrm/client';
import type { DemoRun } from '../demo-run.js';
import {
  consentRecord,
  infoResponse,
  pleaBargainNotice,
  pseudonym,
  referral,
  releaseNotice,
} from '../payloads.js';
import { recordBases } from './recorded-bases.js';

const ASTRA = 'rs.astra';
const CPTV = 'rs.cptv';
const POLICE = 'rs.police.belgrade-thb';
const PROSECUTOR = 'rs.prosecutor.belgrade';

/**
 * SCENARIOS S7 (seed L2058-2105): a woman supported by ASTRA testified against her
 * trafficker; the prosecutor made a plea agreement and the trafficker was later released,
 * and she was told of neither. Here the prosecutor's notices of the agreement and of the
 * release reach ASTRA and CPTV the same day on the victim-notification duty, without
 * consent and with only what a notice holds; her file with its health data may not go that
 * way. ASTRA's case manager finds both notices in her inbox. The Belgrade police cannot rely
 * on ASTRA's consent for a disclosure of their own (discloser-not-covered). Her subject
 * access report names the rule.
 *
 * Not played: the notice of the plea negotiation with the invitation to claim damages,
 * before the agreement — `nrm.proceedings-notice` v1 has no kind for it (its `plea-bargain`
 * requires `agreedAt`); the rule already covers it.
 */
export async function victimNotification(run: DemoRun, now: () => Date): Promise<void> {
  // A fresh pseudonym per run: her report below counts this run's notices only.
  const subject = run.subject('S7', 'witness supported by ASTRA', pseudonym('sub'));
  const casePseudonym = pseudonym('case');
  // She agreed that ASTRA tell CPTV and the police, and that CPTV may share on: never the police.
  const consent = consentRecord({
    subject,
    controller: ASTRA,
    givenBy: 'self',
    recipients: [CPTV, POLICE],
    disclosers: [CPTV],
    purposes: ['identification', 'legal-proceedings'],
    categories: ['identity', 'contact', 'exploitation', 'process'],
    at: now(),
  });
  await run.send(
    'S7',
    'd0',
    ASTRA,
    {
      type: 'nrm.consent-record',
      version: 2,
      to: [CPTV],
      subject,
      case: casePseudonym,
      purpose: 'identification',
      legalBasis: 'consent',
      consentRefs: [consent.id],
      subjectIsChild: false,
      payload: consent,
      consentScope: consent,
    },
    'accepted',
  );

  // d400: the plea agreement, then the release, told the same day without consent.
  const notify = {
    version: 1,
    subject,
    case: casePseudonym,
    purpose: 'legal-proceedings',
    legalBasis: 'legal-obligation',
    consentRefs: [],
    subjectIsChild: false,
    to: [ASTRA, CPTV],
    type: 'nrm.proceedings-notice',
  } satisfies Partial<SendRequest>;
  const proceedingsRef = 'KTO-112/2026';
  const agreement = await run.send(
    'S7',
    'd400',
    PROSECUTOR,
    {
      ...notify,
      payload: pleaBargainNotice({
        subject,
        casePseudonym,
        issuedBy: PROSECUTOR,
        proceedingsRef,
        agreedAt: new Date(now().getTime() - 3_600_000),
        at: now(),
      }),
    },
    'accepted',
    { showCategories: true },
  );
  const release = await run.send(
    'S7',
    'd400',
    PROSECUTOR,
    {
      ...notify,
      payload: releaseNotice({
        subject,
        casePseudonym,
        issuedBy: PROSECUTOR,
        proceedingsRef,
        releasedAt: new Date(now().getTime() - 600_000),
        at: now(),
      }),
    },
    'accepted',
    { showCategories: true },
  );
  await recordBases(run, 'S7', 'd400', subject, release?.id, {
    [ASTRA]: 'victim-notification',
    [CPTV]: 'victim-notification',
  });
  // Her file, with its health data, is no notice: the duty does not carry it.
  await run.send(
    'S7',
    'd400',
    PROSECUTOR,
    {
      ...notify,
      type: 'nrm.referral',
      version: 2,
      payload: referral({
        subject,
        casePseudonym,
        age: { status: 'documented', birthDate: '1999-02-11' },
        gender: 'female',
        from: ASTRA,
        channel: 'ngo',
        recipients: [CPTV],
        forms: ['sexual', 'forced-criminality'],
        indicators: [
          { catalogue: 'iom-national', indicator: 'iom-national.documents-held-by-another' },
        ],
        area: 'beograd-stari-grad',
        consentRefs: [],
        disability: true,
        at: now(),
      }),
    },
    'CONSENT_MISSING',
  );

  // ASTRA's case manager opens her inbox: both notices are there, the same day.
  const inbox = (run.received.get(ASTRA) ?? [])
    .filter((m) => m.envelope.subject === subject && m.envelope.type === 'nrm.proceedings-notice')
    .map((m) => (m.payload as { kind: string }).kind);
  run.record({
    scenario: 'S7',
    day: 'd400',
    from: ASTRA,
    to: [],
    type: "inbox of ASTRA's case manager",
    expected: 'plea-bargain, release-of-accused',
    answer: inbox.join(', ') || 'nothing',
    delivery: [agreement, release].every((m) => m !== undefined)
      ? 'both from rs.prosecutor.belgrade'
      : '',
  });

  // d401: the police cite ASTRA's consent for a disclosure of their own to CPTV.
  await run.send(
    'S7',
    'd401',
    POLICE,
    {
      version: 1,
      subject,
      case: casePseudonym,
      purpose: 'legal-proceedings',
      legalBasis: 'consent',
      consentRefs: [consent.id],
      subjectIsChild: false,
      to: [CPTV],
      type: 'nrm.info-response',
      payload: infoResponse(
        randomUUID(),
        'Threats by the accused reported since his release.',
        now(),
      ),
    },
    'CONSENT_MISSING',
  );
  await recordBases(
    run,
    'S7',
    'd401',
    subject,
    undefined,
    { [CPTV]: 'denied: discloser-not-covered' },
    POLICE,
  );

  // d402: she asks what was shared: her subject access report names the rule for both notices.
  const report = (await run.dpoGet(`/v1/dpo/subject-access/${subject}?format=json`)) as {
    shared: { messageType: string; recipient: { id: string }; basis?: { ruleId?: string } }[];
  };
  const named = report.shared
    .filter((e) => e.messageType === 'nrm.proceedings-notice')
    .map((e) => `${e.recipient.id} ${e.basis?.ruleId ?? 'no rule'}`)
    .sort();
  run.record({
    scenario: 'S7',
    day: 'd402',
    from: 'DPO',
    to: [],
    type: 'subject access report: the notices',
    expected: `${ASTRA} victim-notification ×2, ${CPTV} victim-notification ×2`,
    answer: summarise(named),
    delivery: '',
  });
}

/** `a x ×2, b y ×2` from a sorted list of lines. */
function summarise(lines: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => `${line} ×${String(n)}`).join(', ') || 'none';
}
