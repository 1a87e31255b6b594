/**
 * Police CSV in → referral delivered → the CPTV adapter writes its native JSON → a decision
 * goes back through the CPTV's webhook → the police adapter writes its native
 * acknowledgement; the same CSV replayed sends nothing twice. Real gateway, real OpenPGP.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readDemoAgency } from '@nrm/gateway';
import { NrmClient, readAgencyPrivateKey } from '@nrm/client';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '@nrm/schemas';
import { adapter as cptvAdapter } from '../../src/adapters/cptv/index.js';
import { context as cptvContext } from '../../src/adapters/cptv/conformance.js';
import type { CptvRecord } from '../../src/adapters/cptv/native.js';
import { adapter as policeAdapter } from '../../src/adapters/police/index.js';
import { context as policeContext } from '../../src/adapters/police/conformance.js';
import type { AdapterRunner } from '../../src/sdk/runner.js';
import { folderSink, httpSink } from '../../src/sdk/sinks.js';
import { startWebhook, type RunningWebhook } from '../../src/sdk/sources.js';
import { startAgencySystem, startHarness, type Harness } from '../gateway-harness.js';

const csv = readFileSync(
  new URL('../../src/adapters/police/__fixtures__/referrals-2026-03.csv', import.meta.url),
);

describe('police CSV → CPTV JSON → decision → police acknowledgement', () => {
  let harness: Harness;
  let police: AdapterRunner;
  let cptv: AdapterRunner;
  let cptvSystem: Awaited<ReturnType<typeof startAgencySystem>>;
  let webhook: RunningWebhook;
  const received: CptvRecord[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    police = await harness.runner(policeAdapter, policeContext, 'police');
    cptv = await harness.runner(cptvAdapter, cptvContext, 'cptv');
    cptvSystem = await startAgencySystem();
    webhook = await startWebhook(cptv, { token: 'cptv-system-secret' });
  });

  afterAll(async () => {
    police.close();
    cptv.close();
    await webhook.close();
    await cptvSystem.close();
    await harness.close();
  });

  it('sends every row of the police export as a referral', async () => {
    const summary = await police.importExport(csv, 'referrals-2026-03.csv');
    const rejects = readRejects(police);
    expect(rejects).toEqual([]);
    expect(summary).toEqual({ sent: 4, skipped: 0, rejected: 0, rejects: [] });
  });

  it('delivers them to the CPTV system as its native JSON records', async () => {
    const pulled = await cptv.pullInbox(httpSink(cptvSystem.url, 'application/json'));
    expect(pulled.written).toHaveLength(4);
    for (const body of cptvSystem.bodies) {
      received.push(...(JSON.parse(body) as { zapisi: CptvRecord[] }).zapisi);
    }
    expect(received.map((record) => [record.vrsta, record.posiljalac])).toEqual(
      Array.from({ length: 4 }, () => ['UPUCIVANJE', 'rs.police.belgrade-thb']),
    );
    // The child's referral was also addressed to the competent centre for social work.
    const child = received.find(
      (record) =>
        (record.sadrzaj as { subject: { age: { birthDate?: string } } }).subject.age.birthDate ===
        '2012-05-14',
    );
    expect(child?.primaoci).toEqual(['rs.cptv', 'rs.csw.belgrade']);
    expect(child?.dete).toBe(true);
    expect(JSON.stringify(child?.sadrzaj)).toContain('Viđen kako prosi na istoj raskrsnici');
  });

  it('sends the CPTV decision back and the police system imports its acknowledgement', async () => {
    const referral = received.find((record) => record.primaoci.length === 2)!;
    // The decision carries exploitation facts beyond the procedure's public task: the CSW,
    // as the child's guardian, consents first and lets CPTV disclose on it (SCENARIOS S1 d1).
    const consentId = await guardianConsent(harness, referral.lice);
    const decision = CATALOGUE.get('nrm.identification-decision')!.examples[1] as Record<
      string,
      unknown
    >;
    const record: CptvRecord = {
      id: 'CPTV-2026-00777',
      vrsta: 'ODLUKA_O_IDENTIFIKACIJI',
      verzija: 1,
      primaoci: ['rs.police.belgrade-thb', 'rs.csw.belgrade'],
      lice: referral.lice,
      ...(referral.predmet === undefined ? {} : { predmet: referral.predmet }),
      dete: true,
      svrha: 'identification',
      pravniOsnov: 'consent',
      saglasnosti: [consentId],
      opstina: 'beograd-savski-venac',
      odgovorNa: referral.id,
      sadrzaj: { ...decision, outcome: 'granted' },
    };
    const answer = await fetch(webhook.url, {
      method: 'POST',
      headers: { authorization: 'Bearer cptv-system-secret', 'content-type': 'application/json' },
      body: JSON.stringify({ zapisi: [record] }),
    });
    expect(await answer.json()).toEqual({ sent: 1, skipped: 0, rejected: 0, rejects: [] });

    const outbox = join(harness.dir, 'police-inbox');
    const pulled = await police.pullInbox(folderSink(outbox, 'csv'));
    expect(pulled.written).toHaveLength(1);
    const [file] = readdirSync(outbox);
    const written = readFileSync(join(outbox, file!), 'utf8');
    expect(written.split('\n')[0]).toBe(
      'broj_poruke;u_odgovoru_na;vrsta;predmet_pseudonim;posiljalac;datum;sadrzaj',
    );
    expect(written).toContain(
      `;${referral.id};odluka o identifikaciji;${referral.predmet!};rs.cptv;`,
    );
    expect(written).toContain('status žrtve utvrđen');
  });

  it('sends nothing twice when the same CSV is replayed', async () => {
    const summary = await police.importExport(csv, 'referrals-2026-03.csv');
    expect(summary).toEqual({ sent: 0, skipped: 4, rejected: 0, rejects: [] });
    await cptv.pullInbox(httpSink(cptvSystem.url, 'application/json'));
    // The CPTV got the guardian's consent since, and still the four referrals only once.
    const kinds = cptvSystem.bodies.flatMap((body) =>
      (JSON.parse(body) as { zapisi: CptvRecord[] }).zapisi.map((record) => record.vrsta),
    );
    expect(kinds.sort()).toEqual([
      'SAGLASNOST',
      'UPUCIVANJE',
      'UPUCIVANJE',
      'UPUCIVANJE',
      'UPUCIVANJE',
    ]);
  });

  it('refuses a webhook call without the agency system token, and a GET', async () => {
    const anonymous = await fetch(webhook.url, { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const get = await fetch(webhook.url);
    expect(get.status).toBe(405);
  });
});

/** The CSW's consent as the child's guardian, sent with the SDK as the CSW; its id. */
async function guardianConsent(harness: Harness, subject: string): Promise<string> {
  const demo = readDemoAgency(join(harness.dir, 'gateway'), 'rs.csw.belgrade');
  const csw = new NrmClient({
    gatewayUrl: harness.gateway.url,
    token: demo.token,
    agencyId: 'rs.csw.belgrade',
    privateKey: await readAgencyPrivateKey(demo.privateKey),
    stateDir: join(harness.dir, 'csw-state'),
  });
  const now = Date.now();
  const consent = {
    id: randomUUID(),
    subject,
    controller: 'rs.csw.belgrade',
    givenBy: 'guardian',
    recipients: ['rs.cptv', 'rs.csw.belgrade', 'rs.police.belgrade-thb'].map((agency) => ({
      by: 'agency',
      agency,
    })),
    disclosers: [{ by: 'agency', agency: 'rs.cptv' }],
    purposes: ['identification', 'child-protection'],
    categories: ['identity', 'exploitation', 'process'],
    validFrom: new Date(now - 60_000).toISOString(),
    validUntil: new Date(now + 365 * 86_400_000).toISOString(),
    language: 'sr',
    formVersion: 'rs-2026.1',
    obtainedAt: new Date(now - 120_000).toISOString(),
  };
  await csw.send({
    type: 'nrm.consent-record',
    version: 2,
    payload: consent,
    consentScope: consent,
    to: ['rs.cptv'],
    subject,
    purpose: 'identification',
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: true,
  });
  return consent.id;
}

function readRejects(runner: AdapterRunner): unknown[] {
  try {
    return readFileSync(runner.rejects.file, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as unknown);
  } catch {
    return [];
  }
}
