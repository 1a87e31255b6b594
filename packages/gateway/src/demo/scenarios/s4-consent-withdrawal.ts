import type { SendRequest } from '@nrm/client';
import type { DemoRun } from '../demo-run.js';
import { consentRecord, consentWithdrawal, demoPseudonym, serviceReferral } from '../payloads.js';

const ATINA = 'rs.atina';
const CSW = 'rs.csw.novi-sad';

/**
 * SCENARIOS S4: Atina records a consent and refers the person to the CSW, whose system is
 * offline; the person withdraws her consent; the waiting referral becomes withheld, and when
 * the CSW comes back it receives the withdrawal, never the referral; her subject access
 * report (in Serbian, built from the transparency log) lists what was shared and what withheld.
 */
export async function consentWithdrawalHolds(run: DemoRun, now: () => Date): Promise<void> {
  const subject = run.subject(
    'S4',
    'person who withdraws consent',
    demoPseudonym('sub', 'DemoS4Withdrawal'),
  );
  const casePseudonym = demoPseudonym('case', 'DemoS4Withdrawal');
  const consent = consentRecord({
    subject,
    controller: ATINA,
    givenBy: 'self',
    recipients: [CSW],
    purposes: ['assistance'],
    categories: ['identity', 'assistance', 'process'],
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
    area: 'novi-sad',
    to: [CSW],
  } satisfies Partial<SendRequest>;
  const offline = { deliver: false };
  await run.send(
    'S4',
    'd0',
    ATINA,
    {
      ...common,
      type: 'nrm.consent-record',
      version: 2,
      payload: consent,
      consentScope: consent,
    },
    'accepted',
    offline,
  );
  const referral = await run.send(
    'S4',
    'd0',
    ATINA,
    {
      ...common,
      type: 'nrm.service-referral',
      payload: serviceReferral({
        subject,
        casePseudonym,
        service: 'accommodation',
        requester: ATINA,
        provider: CSW,
        givenBy: 'self',
        at: now(),
      }),
    },
    'accepted',
    offline,
  );
  await run.send(
    'S4',
    'd1',
    ATINA,
    {
      ...common,
      type: 'nrm.consent-withdrawal',
      payload: consentWithdrawal(consent.id, ATINA, now()),
    },
    'accepted',
    offline,
  );

  // Atina is told: the waiting referral is withheld.
  const row =
    referral === undefined
      ? undefined
      : (await (await run.client(ATINA)).status(referral.id)).recipients.find(
          (r) => r.agency === CSW,
        );
  run.record({
    scenario: 'S4',
    day: 'd1',
    from: ATINA,
    to: [CSW],
    type: 'status of nrm.service-referral',
    expected: 'withheld',
    answer: row?.status ?? 'unknown',
    delivery: row === undefined ? '' : `${row.agency} ${row.status}`,
  });

  // The CSW comes back online: it gets the withdrawal notice, never the referral.
  const pulled = (await run.pull(CSW)).filter((m) => m.envelope.subject === subject);
  run.record({
    scenario: 'S4',
    day: 'd2',
    from: CSW,
    to: ['gateway'],
    type: 'inbox (back online)',
    expected: 'nrm.consent-withdrawal',
    answer: pulled.map((m) => m.envelope.type).join(', ') || 'nothing',
    delivery: '',
  });

  // She asks what was shared about her: the DPO prints her subject access report, in Serbian.
  const report = (await run.dpoGet(
    `/v1/dpo/subject-access/${subject}?lang=sr-Latn&format=json`,
  )) as ReportEntries;
  run.record({
    scenario: 'S4',
    day: 'd30',
    from: 'DPO',
    to: [],
    type: 'subject access report',
    expected:
      'sr-Latn — shared: nrm.consent-withdrawal; withheld: nrm.consent-record, nrm.service-referral',
    answer: reportSummary({
      ...report,
      shared: run.thisRun(report.shared),
      notShared: run.thisRun(report.notShared),
    }),
    delivery: '',
  });
}

/** What a subject access report (`GET /v1/dpo/subject-access/:subject`, JSON) lists. */
interface ReportEntries {
  shared: { messageType: string; at: string }[];
  notShared: { messageType: string; outcome: string; at: string }[];
  language: string;
}

/** `shared: a, b; withheld: c, d` — the report's entries by message type. */
export function reportSummary(report: ReportEntries): string {
  const types = (entries: { messageType: string }[]) =>
    entries
      .map((e) => e.messageType)
      .sort()
      .join(', ') || 'none';
  return `${report.language} — shared: ${types(report.shared)}; withheld: ${types(
    report.notShared.filter((e) => e.outcome === 'withheld'),
  )}`;
}
