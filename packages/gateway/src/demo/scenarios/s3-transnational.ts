import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoRun } from '../demo-run.js';
import { identificationDecision, serviceUpdate } from '../payloads.js';
import {
  deskJson,
  preparePartnerDesk,
  readmeBlock,
  runAtDesk,
  servedGatewayKey,
} from '../partner-guide.js';

const LEFOE = 'at.lefoe-ibf';
const CPTV = 'rs.cptv';
const ASTRA = 'rs.astra';

/** The gateway's answer as the partner's curl saved it: the status, or the error code. */
function answerOf(answer: Record<string, unknown>): string {
  const error = answer['error'] as { code?: string } | undefined;
  return error?.code ?? String(answer['status']);
}

/**
 * SCENARIOS S3: LEFÖ-IBF, with only gpg and curl, runs the README's foreign-partner guide:
 * consent record and transnational referral to CPTV and ASTRA. CPTV grants the status on the
 * criteria (the dismissed Austrian case is no reason to refuse); ASTRA's service update is
 * pulled, decrypted with gpg and acknowledged by the partner with the guide's receive block.
 */
export async function transnationalReferral(run: DemoRun, now: () => Date): Promise<void> {
  const dir = join(run.options.workDir, 'partner');
  mkdirSync(dir, { recursive: true });
  const agencyDir = join(run.options.agenciesDir, LEFOE);
  const desk = preparePartnerDesk({
    dir,
    agencyDir,
    gatewayUrl: run.options.gatewayUrl,
    agencyId: LEFOE,
    gatewayKey: await servedGatewayKey(
      run.options.gatewayUrl,
      readFileSync(join(agencyDir, 'token'), 'utf8').trim(),
    ),
  });
  await runAtDesk(desk, readmeBlock('send'));
  for (const [type, file] of [
    ['nrm.consent-record', 'consent.answer.json'],
    ['nrm.transnational-referral', 'referral.answer.json'],
  ] as const) {
    const answer = deskJson(desk, file);
    await run.pull(CPTV);
    await run.pull(ASTRA);
    const id = answer['id'];
    run.record({
      scenario: 'S3',
      day: 'd0',
      from: `${LEFOE} (gpg+curl)`,
      to: [CPTV, ASTRA],
      type,
      expected: 'accepted',
      answer: answerOf(answer),
      delivery: typeof id === 'string' ? await run.delivery(LEFOE, id) : '',
    });
  }
  const consent = deskJson(desk, 'consent.json');
  run.subject('S3', 'woman referred from Austria by LEFÖ-IBF', String(consent['subject']));
  const common = {
    version: 1,
    subject: String(consent['subject']),
    legalBasis: 'consent' as const,
    consentRefs: [String(consent['id'])],
    subjectIsChild: false,
  };

  await run.send(
    'S3',
    'd14',
    CPTV,
    {
      ...common,
      type: 'nrm.identification-decision',
      to: [ASTRA],
      purpose: 'identification',
      payload: identificationDecision({
        outcome: 'granted',
        findings: [
          {
            criterion: 'crit.foreign',
            finding: 'met',
            reasoning:
              'Identified by LEFÖ-IBF in Austria; the dismissed criminal case there does not decide the status.',
            evidence: ['foreign-identification', 'criminal-case-outcome'],
          },
          {
            criterion: 'crit.means',
            finding: 'met',
            reasoning: 'Deception about the job and a withheld passport.',
            evidence: ['foreign-identification', 'interview'],
          },
        ],
        at: now(),
      }),
    },
    'accepted',
  );

  // ASTRA's update is encrypted to LEFÖ-IBF's key; the partner is "offline" until it pulls with curl.
  const update = await run.send(
    'S3',
    'd20',
    ASTRA,
    {
      ...common,
      type: 'nrm.service-update',
      to: [LEFOE],
      purpose: 'assistance',
      payload: serviceUpdate('sr_LefoeReturnee01', ASTRA, now()),
    },
    'accepted',
    { deliver: false },
  );
  const { stdout } = await runAtDesk(desk, readmeBlock('receive'));
  // The receive block prints, per message, the decrypted payload and the gateway's answer to the ack.
  const acks = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line['id'] === update?.id);
  run.record({
    scenario: 'S3',
    day: 'd20',
    from: `${LEFOE} (gpg+curl)`,
    to: ['gateway'],
    type: 'inbox: gpg --decrypt, signed receipt',
    expected: 'acknowledged',
    answer: acks[0] === undefined ? 'not received' : answerOf(acks[0]),
    delivery: update === undefined ? '' : await run.delivery(ASTRA, update.id),
  });
}
