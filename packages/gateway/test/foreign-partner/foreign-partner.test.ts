/**
 * The foreign-partner guide of the README, run verbatim (SCENARIOS S3): LEFÖ-IBF, with only
 * gpg, curl, jq and coreutils in a throwaway GNUPGHOME, submits a consent record and a
 * transnational referral to a real gateway on a free port and checks the gateway's signed
 * receipts; CPTV and ASTRA open them with the SDK; ASTRA answers with a service update that
 * LEFÖ-IBF pulls, checks, decrypts with gpg and acknowledges with a gpg-signed receipt.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NrmClient, readAgencyPrivateKey, type ReceivedMessage } from '@nrm/client';
import { demoAgencyDir, readDemoAgency } from '../../src/seed/seed-demo.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { readMessage } from '@nrm/schemas';
import {
  preparePartnerDesk,
  readmeBlock,
  readmePayloadTypes,
  runAtDesk,
  TOOLKIT_URL,
  type PartnerDesk,
} from '../../src/demo/partner-guide.js';
import { testDatabase } from '../test-database.js';
const tools = ['gpg', 'curl', 'jq', 'sha256sum', 'base64'];
const missing = tools.filter(
  (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0,
);
if (missing.length > 0) {
  console.warn(`foreign-partner guide skipped: ${missing.join(', ')} not on the PATH.`);
}

describe('foreign-partner guide excerpt', () => {
  it('every function the README quotes is in docs/foreign-partner.sh verbatim', () => {
    const toolkit = readFileSync(TOOLKIT_URL, 'utf8');
    const functions = readmeBlock('excerpt')
      .split(/\n(?=nrm_\w+\(\) \{)/)
      .map((text) => text.trimEnd());
    expect(functions.map((text) => /^(nrm_\w+)\(\)/.exec(text)?.[1])).toEqual([
      'nrm_gpg',
      'nrm_own_key',
      'nrm_seal',
      'nrm_sign',
      'nrm_submit',
      'nrm_verify_receipt',
      'nrm_open',
      'nrm_ack',
      'nrm_reject',
    ]);
    for (const text of functions) {
      expect(toolkit).toContain(text);
    }
  });

  it('every payload the guide shows a partner is valid for its type', () => {
    const types = readmePayloadTypes();
    expect(types).toEqual([
      'nrm.service-update',
      'nrm.info-request',
      'nrm.identification-decision',
      'nrm.consent-withdrawal',
      'nrm.case-closure',
    ]);
    for (const type of types) {
      const payload: unknown = JSON.parse(readmeBlock(`payload ${type}`, undefined, 'json'));
      const read = readMessage(type, 1, payload);
      expect(read.ok, `${type}: ${JSON.stringify(read)}`).toBe(true);
    }
  });
});

describe.skipIf(missing.length > 0)(
  'foreign-partner guide (gpg + curl) against the gateway',
  () => {
    let gateway: RunningGateway;
    let dataDir: string;
    let work: string;
    let desk: PartnerDesk;
    let lefoe: ReturnType<typeof readDemoAgency>;

    /** Run shell text in the partner's folder, asynchronously: the gateway lives in this process. */
    const sh = (script: string) => runAtDesk(desk, script);

    async function clientFor(agencyId: string): Promise<NrmClient> {
      const demo = readDemoAgency(dataDir, agencyId);
      return new NrmClient({
        gatewayUrl: gateway.url,
        token: demo.token,
        agencyId,
        privateKey: await readAgencyPrivateKey(demo.privateKey),
        stateDir: mkdtempSync(join(work, `state-${agencyId}-`)),
      });
    }

    async function received(agencyId: string): Promise<ReceivedMessage[]> {
      const messages: ReceivedMessage[] = [];
      for await (const item of (await clientFor(agencyId)).inbox()) {
        if (!item.ok) {
          throw item.error;
        }
        messages.push(item.message);
      }
      return messages;
    }

    const json = (name: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(work, name), 'utf8')) as Record<string, unknown>;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'nrm-partner-gw-'));
      work = mkdtempSync(join(tmpdir(), 'nrm-partner-'));
      gateway = await startGateway({
        dataDir,
        ...(await testDatabase(dataDir)),
        port: 0,
        server: { logger: false },
      });
      lefoe = readDemoAgency(dataDir, 'at.lefoe-ibf');
      // What the partner holds: the toolkit, its key pair (its public half registered by the
      // seed), and the gateway key's fingerprint as the operator gave it.
      desk = preparePartnerDesk({
        dir: work,
        agencyDir: demoAgencyDir(dataDir, 'at.lefoe-ibf'),
        gatewayUrl: gateway.url,
        agencyId: 'at.lefoe-ibf',
        gatewayKey: gateway.ctx.gatewayKey.fingerprint,
      });
    });

    afterAll(async () => {
      await gateway.close();
      spawnSync('gpgconf', ['--homedir', desk.gnupgHome, '--kill', 'gpg-agent'], {
        stdio: 'ignore',
      });
      for (const dir of [dataDir, work]) {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('sends: the consent record and the transnational referral are accepted and open at CPTV and ASTRA', async () => {
      await sh(readmeBlock('send'));
      const consentAnswer = json('consent.answer.json');
      const referralAnswer = json('referral.answer.json');
      expect(consentAnswer).toMatchObject({ status: 'accepted' });
      expect(referralAnswer).toMatchObject({
        status: 'accepted',
        recipients: expect.arrayContaining([
          { agency: 'rs.cptv', status: 'accepted' },
          { agency: 'rs.astra', status: 'accepted' },
        ]) as unknown,
      });
      const referral = json('referral.json');
      for (const agency of ['rs.cptv', 'rs.astra']) {
        const messages = await received(agency);
        const byId = new Map(messages.map((m) => [m.id, m]));
        const opened = byId.get(referralAnswer['id'] as string);
        expect(opened?.envelope.type).toBe('nrm.transnational-referral');
        expect(opened?.signerFingerprint).toBe(lefoe.fingerprint);
        expect(opened?.payload).toEqual(referral);
        expect(Buffer.from(opened!.envelopeBytes)).toEqual(
          readFileSync(join(work, 'referral.envelope.json')),
        );
        expect(byId.get(consentAnswer['id'] as string)?.payload).toEqual(json('consent.json'));
      }
    });

    it('verifies the gateway’s signed receipts: gateway key, message id, sha256 of the envelope bytes', async () => {
      const { stdout } = await sh(readmeBlock('receipt'));
      const ids = ['consent', 'referral'].map((name) => json(`${name}.answer.json`)['id']);
      expect(stdout.trim().split('\n')).toEqual(
        ids.map((id): unknown =>
          expect.stringMatching(new RegExp(`^receipt ${String(id)} accepted \\S+$`)),
        ),
      );
      expect(json('referral.answer.receipt.json')).toMatchObject({
        type: 'nrm.receipt',
        messageId: ids[1],
        by: 'gateway',
        status: 'accepted',
      });
    });

    it('refuses a receipt for other envelope bytes (DIGEST_MISMATCH) or under another gateway key', async () => {
      await expect(
        sh('. ./foreign-partner.sh; nrm_verify_receipt referral.answer.json consent.envelope.json'),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('SCHEMA_INVALID') });
      await sh("jq -c '.' referral.envelope.json >edited.envelope.json");
      await expect(
        sh('. ./foreign-partner.sh; nrm_verify_receipt referral.answer.json edited.envelope.json'),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('DIGEST_MISMATCH') });
      await expect(
        sh(
          '. ./foreign-partner.sh; NRM_GATEWAY_KEY=0000000000000000000000000000000000000000 nrm_verify_receipt referral.answer.json referral.envelope.json',
        ),
      ).rejects.toMatchObject({
        stderr: expect.stringContaining('KEY_UNKNOWN: the gateway serves key'),
      });
      await expect(
        sh(
          '. ./foreign-partner.sh; NRM_GATEWAY_KEY= nrm_verify_receipt referral.answer.json referral.envelope.json',
        ),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('set NRM_GATEWAY_KEY') });
    });

    it('receives: ASTRA’s service update is pulled, decrypted with gpg and acknowledged with a signed receipt', async () => {
      const consent = json('consent.json');
      const update = {
        serviceReferralId: 'sr_LefoeReturnee01',
        status: 'in-progress',
        at: new Date().toISOString(),
        by: 'rs.astra',
      };
      const astra = await clientFor('rs.astra');
      const sent = await astra.send({
        type: 'nrm.service-update',
        version: 1,
        payload: update,
        to: ['at.lefoe-ibf'],
        subject: consent['subject'] as string,
        purpose: 'assistance',
        legalBasis: 'consent',
        consentRefs: [consent['id'] as string],
        subjectIsChild: false,
      });

      const { stdout } = await sh(readmeBlock('receive'));
      // One line per message: the decrypted payload, then the gateway's answer to the ack.
      const [payloadLine, ackLine] = stdout.trim().split('\n');
      expect(JSON.parse(payloadLine!)).toEqual(update);
      expect(JSON.parse(ackLine!)).toMatchObject({
        id: sent.id,
        recipient: 'at.lefoe-ibf',
        status: 'acknowledged',
      });
      expect(json(`inbox/${sent.id}/payload.json`)).toEqual(update);
      const status = await astra.status(sent.id);
      expect(status.recipients).toEqual([
        expect.objectContaining({ agency: 'at.lefoe-ibf', status: 'acknowledged' }),
      ]);
      // Acknowledged: the inbox is empty now.
      expect((await sh('. ./foreign-partner.sh; nrm_pull again')).stdout).toBe('');
    });

    it('a payload changed after the envelope named its digest is refused with DIGEST_MISMATCH', async () => {
      const refused = sh(
        [
          '. ./foreign-partner.sh',
          'cp referral.gpg changed.gpg && printf x >>changed.gpg',
          'nrm_envelope changed.envelope.json nrm.transnational-referral 1 rs.cptv "$(jq -r .subject referral.json)" identification consent "$(jq -r .id consent.json)" identity,process referral.gpg',
          'nrm_sign changed.envelope.json',
          'nrm_submit changed.envelope.json changed.gpg',
        ].join('\n'),
      );
      await expect(refused).rejects.toMatchObject({
        stdout: expect.stringContaining('DIGEST_MISMATCH'),
      });
    });

    it('nrm_open refuses an envelope whose bytes no longer match its signature (SIGNATURE_INVALID)', async () => {
      const dir = join(work, 'inbox', 'tampered');
      await sh(
        'mkdir -p inbox/tampered && cp referral.envelope.json referral.envelope.json.asc inbox/tampered/ && cp referral.gpg inbox/tampered/payload.gpg',
      );
      const envelope = readFileSync(join(work, 'referral.envelope.json'), 'utf8');
      writeFileSync(join(dir, 'envelope.json'), envelope.replace('identification', 'assistance'));
      copyFileSync(join(work, 'referral.envelope.json.asc'), join(dir, 'envelope.json.asc'));
      // Opened as CPTV would (a recipient), so the check reached is the envelope signature.
      await expect(
        sh('. ./foreign-partner.sh; NRM_AGENCY=rs.cptv nrm_open inbox/tampered'),
      ).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(
          'SIGNATURE_INVALID: the envelope is not signed by its senderKey',
        ),
      });
      expect(json('inbox/tampered/rejection.json')).toMatchObject({ code: 'SIGNATURE_INVALID' });
    });
  },
);
