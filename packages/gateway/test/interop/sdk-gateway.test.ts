/**
 * The client SDK and the `nrm` CLI against the real gateway (embedded SQLite, port 0, seeded
 * Serbian demo agencies): seal → submit → routing + consent check → inbox → open → verify →
 * upgrade → signed acknowledgement; a lost acknowledgement; consent records with their scope.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import { adminClient } from '../../src/cli/admin-client.js';
import { runCli, type CliEnvironment } from '../../src/cli/program.js';
import type { InboxItem, NrmClient, SendRequest } from '@nrm/client';
import { demoAgencyDir, readDemoAdminToken, readDemoAgency } from '../../src/seed/seed-demo.js';
import { drain, useSdkHarness } from './sdk-harness.js';

const h = useSdkHarness('nrm-e2e-');
const { tempDir, clientFor } = h;

function opened(item: InboxItem | undefined) {
  if (item === undefined) {
    throw new Error('no inbox item');
  }
  if (!item.ok) {
    throw item.error;
  }
  return item.message;
}

const referralExample = CATALOGUE.get('nrm.referral')!.examples[1] as Record<string, unknown> & {
  subject: Record<string, unknown>;
};
const consentExample = CATALOGUE.get('nrm.consent-record')!.examples[1] as Record<string, unknown>;

/** An adult's consent, obtained by `controller`, to tell `recipient` everything a referral holds. */
function consentFor(controller: string, recipient: string, subject: string) {
  const now = Date.now();
  return {
    ...consentExample,
    id: randomUUID(),
    subject,
    controller,
    recipients: [{ by: 'agency', agency: recipient }],
    purposes: ['identification'],
    categories: ['identity', 'location', 'exploitation', 'migration', 'assistance', 'process'],
    obtainedAt: new Date(now - 120_000).toISOString(),
    validFrom: new Date(now - 60_000).toISOString(),
    validUntil: new Date(now + 365 * 86_400_000).toISOString(),
  };
}

/** An adult referred by `from` to CPTV, relying on a consent. */
function adultReferral(from: string, channel: string, subject: string, consentId: string) {
  return {
    ...referralExample,
    subject: { ...referralExample.subject, pseudonym: subject, birthDate: '1998-05-14' },
    referringAgency: from,
    channel,
    recipients: ['rs.cptv'],
    area: 'beograd-savski-venac',
    consentRefs: [consentId],
  };
}

/** Consent record + referral relying on it, as the SDK sends them. */
async function referWithConsent(sender: NrmClient, from: string, subject: string) {
  const consent = consentFor(from, 'rs.cptv', subject);
  const common: Omit<SendRequest, 'type' | 'payload'> = {
    version: 1,
    to: ['rs.cptv'],
    subject,
    purpose: 'identification',
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: false,
    area: 'beograd-savski-venac',
  };
  const record = await sender.send({
    ...common,
    type: 'nrm.consent-record',
    payload: consent,
    consentScope: consent,
  });
  const referral = await sender.send({
    ...common,
    type: 'nrm.referral',
    payload: adultReferral(from, 'ngo', subject, consent.id),
  });
  return { consent, record, referral };
}

describe('SDK against the real gateway', () => {
  it('ASTRA records consent and refers an adult to CPTV: both arrive opened, verified, upgraded, acknowledged', async () => {
    const astra = await clientFor('rs.astra');
    const { record, referral } = await referWithConsent(
      astra,
      'rs.astra',
      'sub_AstraAdult0000000001',
    );
    expect(referral.receipt).toMatchObject({
      messageId: referral.id,
      by: 'gateway',
      status: 'accepted',
    });
    expect(referral.envelope.dataCategories).toEqual(
      expect.arrayContaining(['identity', 'exploitation']),
    );

    const items = await drain((await clientFor('rs.cptv')).inbox());
    const astraFingerprint = readDemoAgency(h.dataDir, 'rs.astra').fingerprint;
    const byId = new Map(items.map((item) => [opened(item).id, opened(item)]));
    // Written as v1, read as v2 (no disclosers: only ASTRA may rely on it).
    expect(byId.get(record.id)).toMatchObject({
      payloadVersion: 2,
      signerFingerprint: astraFingerprint,
    });
    // Sent as v1, read as the latest version (v3).
    expect(byId.get(referral.id)).toMatchObject({
      payloadVersion: 3,
      signerFingerprint: astraFingerprint,
    });
    expect(byId.get(referral.id)!.payload).toMatchObject({
      referringAgency: 'rs.astra',
      recipients: ['rs.cptv'],
    });
    const status = await astra.status(referral.id);
    expect(status.recipients).toEqual([
      expect.objectContaining({ agency: 'rs.cptv', status: 'acknowledged' }),
    ]);
  });

  it('a refusal by the gateway surfaces its stable code, path and every refused recipient', async () => {
    const astra = await clientFor('rs.astra');
    const subject = 'sub_NoConsent000000000001';
    // Without consent the referral may reach CPTV (mandatory referral), not the police or a CSW.
    const sent = astra.send({
      type: 'nrm.referral',
      version: 1,
      payload: adultReferral('rs.astra', 'ngo', subject, randomUUID()),
      to: ['rs.cptv', 'rs.police.belgrade-thb', 'rs.csw.belgrade'],
      subject,
      purpose: 'identification',
      legalBasis: 'consent',
      subjectIsChild: false,
    });
    await expect(sent).rejects.toMatchObject({
      code: 'CONSENT_MISSING',
      status: 403,
      path: 'envelope.to.1',
      refused: [
        expect.objectContaining({
          agency: 'rs.police.belgrade-thb',
          path: 'envelope.to.1',
          detail: 'no-consent',
        }),
        expect.objectContaining({
          agency: 'rs.csw.belgrade',
          path: 'envelope.to.2',
          detail: 'no-consent',
        }),
      ] as unknown,
    });
    await expect(sent).rejects.toThrow(/rs\.police\.belgrade-thb: .*\| rs\.csw\.belgrade: /);
  });

  it('after a lost acknowledgement the redelivered message is not handed over twice, only re-acknowledged', async () => {
    const astra = await clientFor('rs.astra');
    const { record, referral } = await referWithConsent(
      astra,
      'rs.astra',
      'sub_AstraAdult0000000002',
    );
    const cptvState = tempDir('nrm-sdk-state-');
    // The connection drops whenever an acknowledgement is sent.
    const losingAcks: typeof fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith('/ack')
        ? Promise.reject(new TypeError('fetch failed'))
        : fetch(input, init);
    const flaky = await clientFor('rs.cptv', cptvState, losingAcks);
    const handedOver: string[] = [];
    await expect(async () => {
      for await (const item of flaky.inbox()) {
        handedOver.push(opened(item).id);
      }
    }).rejects.toThrow('fetch failed');
    expect(handedOver).toEqual([record.id]);
    const row = async (id: string) =>
      (await astra.status(id)).recipients.find((r) => r.agency === 'rs.cptv');
    expect((await row(record.id))?.status).toBe('delivered');
    // A fresh process with the same state folder drops the handed-over id (re-acknowledging
    // it) and hands over only the referral.
    const items = await drain((await clientFor('rs.cptv', cptvState)).inbox());
    expect(items.map((item) => opened(item).id)).toEqual([referral.id]);
    expect((await row(record.id))?.status).toBe('acknowledged');
    expect((await row(referral.id))?.status).toBe('acknowledged');
  });

  it('an operator can redeliver only what is not yet acknowledged', async () => {
    const astra = await clientFor('rs.astra');
    const { record } = await referWithConsent(astra, 'rs.astra', 'sub_AstraAdult0000000003');
    expect(await drain((await clientFor('rs.cptv')).inbox())).toHaveLength(2);
    const operator = adminClient(h.gateway.url, readDemoAdminToken(h.dataDir, 'operator'));
    await expect(
      operator.deliveries.redeliver.mutate({ messageId: record.id, recipient: 'rs.cptv' }),
    ).rejects.toThrow(/No dead-lettered or delivered delivery/);
  });
});

describe('a sender key revoked after sending', () => {
  it('the recipient rejects what it signed as KEY_REVOKED and does not acknowledge it', async () => {
    const atina = await clientFor('rs.atina');
    const { record, referral } = await referWithConsent(
      atina,
      'rs.atina',
      'sub_AtinaAdult0000000001',
    );
    const operator = adminClient(h.gateway.url, readDemoAdminToken(h.dataDir, 'operator'));
    await operator.keys.revoke.mutate({
      fingerprint: readDemoAgency(h.dataDir, 'rs.atina').fingerprint,
    });
    const items = await drain((await clientFor('rs.cptv')).inbox());
    const rejected = items.filter((item) => !item.ok);
    expect(rejected.map((item) => (item.ok ? '' : item.id)).sort()).toEqual(
      [record.id, referral.id].sort(),
    );
    for (const item of rejected) {
      expect(item).toMatchObject({ ok: false, error: { code: 'KEY_REVOKED' } });
    }
    const row = (await atina.status(referral.id)).recipients.find((r) => r.agency === 'rs.cptv');
    expect(row?.status).not.toBe('acknowledged');
  });
});

describe('nrm CLI against the real gateway', () => {
  it('init → agency register (operator) → send consent + referral → inbox fetch → status', async () => {
    const cwd = tempDir('nrm-cli-e2e-');
    const out: string[] = [];
    const err: string[] = [];
    const io: CliEnvironment = {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      env: { NRM_GATEWAY_URL: h.gateway.url },
      now: () => new Date(),
      cwd,
    };
    const run = async (...argv: string[]) => {
      out.length = 0;
      const code = await runCli(argv, io);
      expect(code, `${argv[0]!}: ${err.join('')}`).toBe(0);
      return out.join('');
    };

    await run('init', 'rs.novi-put');
    // An agency token is not an operator token: the gateway's code comes back through tRPC.
    const registerArgs = [
      'agency',
      'register',
      'rs.novi-put',
      '--name',
      'Novi Put – NGO hotline',
      '--kind',
      'ngo',
      '--jurisdiction',
      'RS',
      '--public-key',
      'rs.novi-put/public-key.asc',
    ];
    expect(
      await runCli(
        [...registerArgs, '--admin-token', readDemoAgency(h.dataDir, 'rs.astra').token],
        io,
      ),
    ).toBe(1);
    expect(err.join('')).toMatch(/error (FORBIDDEN|UNAUTHENTICATED): /);
    const registered = await run(
      'agency',
      'register',
      'rs.novi-put',
      '--name',
      'Novi Put – NGO hotline',
      '--kind',
      'ngo',
      '--jurisdiction',
      'RS',
      '--public-key',
      'rs.novi-put/public-key.asc',
      '--admin-token',
      readDemoAdminToken(h.dataDir, 'operator'),
    );
    const token = /token (\S+)/.exec(registered)?.[1];
    expect(token).toBeDefined();
    writeFileSync(join(cwd, 'rs.novi-put', 'token'), `${token!}\n`);

    const subject = 'sub_NoviPutAdult00000001';
    const consent = consentFor('rs.novi-put', 'rs.cptv', subject);
    writeFileSync(join(cwd, 'consent.json'), JSON.stringify(consent));
    writeFileSync(
      join(cwd, 'referral.json'),
      JSON.stringify(adultReferral('rs.novi-put', 'ngo', subject, consent.id)),
    );
    const common = [
      '--dir',
      'rs.novi-put',
      '--to',
      'rs.cptv',
      '--subject',
      subject,
      '--purpose',
      'identification',
      '--legal-basis',
      'consent',
      '--consent-ref',
      consent.id,
    ];
    await run(
      'send',
      'consent.json',
      '--type',
      'nrm.consent-record',
      '--consent-scope',
      'consent.json',
      ...common,
    );
    const sent = JSON.parse(
      await run('send', 'referral.json', '--type', 'nrm.referral', ...common),
    ) as { id: string; status: string };
    expect(sent.status).toBe('accepted');

    const fetched = await run(
      'inbox',
      'fetch',
      '--dir',
      demoAgencyDir(h.dataDir, 'rs.cptv'),
      '--out',
      'cptv-inbox',
    );
    expect(fetched).toContain(`received ${sent.id} nrm.referral v1 from rs.novi-put`);
    const payload = JSON.parse(
      readFileSync(join(cwd, 'cptv-inbox', sent.id, 'payload.json'), 'utf8'),
    ) as { referringAgency: string };
    expect(payload.referringAgency).toBe('rs.novi-put');

    const status = JSON.parse(await run('status', sent.id, '--dir', 'rs.novi-put')) as {
      recipients: { agency: string; status: string }[];
    };
    expect(status.recipients.find((r) => r.agency === 'rs.cptv')?.status).toBe('acknowledged');
  });
});
