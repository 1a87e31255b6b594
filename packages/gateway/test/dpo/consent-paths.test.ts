import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/registry/clock.js';
import { call, startTestGateway, subject, type Json, type TestGateway } from '../server/harness.js';
import { recordConsent, scopeFor, send } from './dpo-fixture.js';

// Every consent path through the HTTP API, each checked twice: the answer the
// sender gets, and the decision the data protection officer reads back from the log.

const clock = new ManualClock(new Date());
let t: TestGateway;
let dpo: string;
beforeAll(async () => {
  t = await startTestGateway({ clock });
  dpo = t.adminToken('dpo');
});
afterAll(() => t.close());

const HOUR = 3_600_000;

async function decisions(person: string): Promise<Json[]> {
  const answer = await call(t, 'GET', `/v1/dpo/disclosures?subject=${person}`, dpo);
  expect(answer.status, answer.text).toBe(200);
  return answer.body.disclosures as Json[];
}

async function expectDenied(result: Json, person: string, reason: string, recipient: string) {
  expect(result.status, JSON.stringify(result.body)).toBe(403);
  expect(result.body.error.code).toBe('CONSENT_MISSING');
  expect(result.body.error.message).toContain(reason);
  const denied = (await decisions(person)).filter((d) => d.outcome === 'denied');
  expect(denied.at(-1)).toMatchObject({
    outcome: 'denied',
    reasonCode: reason,
    recipient,
    subject: person,
  });
  expect(denied.at(-1).basis).toBeUndefined();
}

describe('consent paths through the HTTP API, as the DPO sees them', () => {
  it('granted: the disclosure names the consent it relied on; the grant is logged', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(101);
    const scope = scopeFor('rs.atina', person, ['rs.csw.belgrade'], clock.now());
    await recordConsent(t, atina, ['rs.csw.belgrade'], scope, clock.now());
    const sent = await send(
      t,
      atina,
      ['rs.csw.belgrade'],
      {
        type: 'nrm.service-referral',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity', 'assistance'],
      },
      clock.now(),
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    const referral = (await decisions(person)).find((d) => d.messageId === sent.body.id);
    expect(referral).toMatchObject({
      outcome: 'allowed',
      messageType: 'nrm.service-referral',
      sender: 'rs.atina',
      recipient: 'rs.csw.belgrade',
      purpose: 'assistance',
      // The log keeps category sets sorted, so equal facts give equal leaves.
      categories: ['assistance', 'identity'],
      basis: { kind: 'consent', lawfulBasis: 'consent', consentId: scope.id },
    });
    const proofs = await call(t, 'GET', `/v1/log/inclusion?messageId=${sent.body.id}`, dpo);
    expect(proofs.body.proofs[0].leaf).toMatchObject({ kind: 'disclosure-allowed' });
  });

  it('missing: no consent referred to and no rule for the recipient', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(102);
    const result = await send(
      t,
      atina,
      ['rs.csw.belgrade'],
      {
        subject: person,
        legalBasis: 'consent',
        purpose: 'assistance',
        dataCategories: ['identity'],
      },
      clock.now(),
    );
    await expectDenied(result, person, 'no-consent', 'rs.csw.belgrade');
  });

  it('expired: a consent past its validUntil carries nothing', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(103);
    const now = clock.now();
    const scope = scopeFor('rs.atina', person, ['rs.csw.belgrade'], now, {
      validUntil: new Date(now.getTime() + HOUR).toISOString(),
    });
    await recordConsent(t, atina, ['rs.csw.belgrade'], scope, now);
    clock.advance(2 * HOUR);
    const result = await send(
      t,
      atina,
      ['rs.csw.belgrade'],
      {
        subject: person,
        type: 'nrm.service-referral',
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity'],
      },
      clock.now(),
    );
    await expectDenied(result, person, 'expired', 'rs.csw.belgrade');
  });

  it('withdrawn before delivery: the waiting delivery is held, the sender told, the DPO sees it withheld', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(104);
    const scope = scopeFor('rs.atina', person, ['rs.csw.nis'], clock.now());
    await recordConsent(t, atina, ['rs.csw.nis'], scope, clock.now());
    const fields = {
      type: 'nrm.service-referral',
      subject: person,
      legalBasis: 'consent',
      consentRefs: [scope.id],
      purpose: 'assistance',
      dataCategories: ['identity'],
    };
    const referral = await send(t, atina, ['rs.csw.nis'], fields, clock.now());
    expect(referral.status).toBe(202);
    const withdrawal = await send(
      t,
      atina,
      ['rs.csw.nis'],
      { ...fields, type: 'nrm.consent-withdrawal', dataCategories: ['process'] },
      clock.now(),
    );
    expect(withdrawal.status, JSON.stringify(withdrawal.body)).toBe(202);

    const status = await call(t, 'GET', `/v1/messages/${referral.body.id}/status`, atina.token);
    expect(status.body.recipients[0]).toMatchObject({ agency: 'rs.csw.nis', status: 'withheld' });
    const held = (await decisions(person)).find((d) => d.messageId === referral.body.id);
    expect(held).toMatchObject({
      outcome: 'withheld',
      reasonCode: 'consent-withdrawn',
      basis: { kind: 'consent', consentId: scope.id },
    });
    const inclusion = await call(t, 'GET', `/v1/log/inclusion?messageId=${referral.body.id}`, dpo);
    expect((inclusion.body.proofs as Json[]).map((p: Json) => p.leaf.kind as string)).toEqual([
      'disclosure-allowed',
      'delivery-withheld',
    ]);
    const withdrawn = await call(
      t,
      'GET',
      `/v1/log/inclusion?messageId=${withdrawal.body.id}`,
      dpo,
    );
    expect((withdrawn.body.proofs as Json[]).map((p: Json) => p.leaf.kind as string)).toContain(
      'consent-withdrawn',
    );
  });

  it('wrong purpose: the consent does not cover identification', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(105);
    const scope = scopeFor('rs.atina', person, ['rs.cptv'], clock.now());
    await recordConsent(t, atina, ['rs.cptv'], scope, clock.now());
    const result = await send(
      t,
      atina,
      ['rs.cptv'],
      {
        // Not a referral: the mandatory referral would carry that without consent.
        type: 'nrm.info-response',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'identification',
        dataCategories: ['identity'],
      },
      clock.now(),
    );
    await expectDenied(result, person, 'purpose-not-covered', 'rs.cptv');
  });

  it('category not covered: health was not consented to', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(106);
    const scope = scopeFor('rs.atina', person, ['rs.cptv'], clock.now());
    await recordConsent(t, atina, ['rs.cptv'], scope, clock.now());
    const result = await send(
      t,
      atina,
      ['rs.cptv'],
      {
        type: 'nrm.service-referral',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity', 'health'],
      },
      clock.now(),
    );
    await expectDenied(result, person, 'category-not-covered', 'rs.cptv');
  });

  it('recipient not covered: the consent names CPTV, not the Niš CSW', async () => {
    const atina = await t.agency('rs.atina');
    const person = subject(107);
    const scope = scopeFor('rs.atina', person, ['rs.cptv'], clock.now());
    await recordConsent(t, atina, ['rs.cptv'], scope, clock.now());
    const result = await send(
      t,
      atina,
      ['rs.csw.nis'],
      {
        type: 'nrm.service-referral',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity'],
      },
      clock.now(),
    );
    await expectDenied(result, person, 'recipient-not-covered', 'rs.csw.nis');
  });

  it("a child: the guardian's consent carries the disclosure, the child's own does not", async () => {
    const csw = await t.agency('rs.csw.belgrade');
    const guarded = subject(108);
    const scope = scopeFor('rs.csw.belgrade', guarded, ['rs.cptv'], clock.now(), {
      givenBy: 'guardian',
    });
    await recordConsent(t, csw, ['rs.cptv'], scope, clock.now());
    const child = {
      type: 'nrm.service-referral',
      legalBasis: 'consent',
      purpose: 'assistance',
      dataCategories: ['identity'],
      subjectIsChild: true,
      area: 'beograd-zemun',
    };
    const ok = await send(
      t,
      csw,
      ['rs.cptv'],
      { ...child, subject: guarded, consentRefs: [scope.id] },
      clock.now(),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(202);
    expect((await decisions(guarded)).find((d) => d.messageId === ok.body.id)).toMatchObject({
      outcome: 'allowed',
      basis: { kind: 'consent', consentId: scope.id },
    });

    const alone = subject(109);
    const own = scopeFor('rs.csw.belgrade', alone, ['rs.cptv'], clock.now());
    await recordConsent(t, csw, ['rs.cptv'], own, clock.now());
    const refused = await send(
      t,
      csw,
      ['rs.cptv'],
      { ...child, subject: alone, consentRefs: [own.id] },
      clock.now(),
    );
    await expectDenied(refused, alone, 'child-consent-by-self', 'rs.cptv');
  });
});

async function alertCount(): Promise<number> {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('nrm_dpo_alerts_total '));
  return Number(line?.split(' ')[1] ?? 0);
}

describe('every lawful-basis rule, and the decisions that name it', () => {
  async function policyDecision(result: Json, person: string): Promise<Json> {
    expect(result.status, JSON.stringify(result.body)).toBe(202);
    return (await decisions(person)).find((d) => d.messageId === result.body.id);
  }

  it('duty-to-report: CPTV informs the police on a legal obligation', async () => {
    const cptv = await t.agency('rs.cptv');
    const person = subject(110);
    const result = await send(
      t,
      cptv,
      ['rs.police.belgrade-thb'],
      {
        type: 'nrm.proceedings-notice',
        subject: person,
        legalBasis: 'legal-obligation',
        purpose: 'legal-proceedings',
        dataCategories: ['identity', 'process', 'criminal-proceedings'],
      },
      clock.now(),
    );
    expect((await policyDecision(result, person)).basis).toMatchObject({
      kind: 'policy',
      lawfulBasis: 'legal-obligation',
      policyId: 'rs-nrm-gateway',
      policyVersion: 2,
      ruleId: 'duty-to-report',
    });
  });

  it('mandatory-child-referral: the police refer a child to the competent CSW without consent', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const person = subject(111);
    const result = await send(
      t,
      police,
      ['rs.csw.belgrade'],
      {
        subject: person,
        legalBasis: 'legal-obligation',
        purpose: 'child-protection',
        subjectIsChild: true,
        area: 'beograd-zemun',
        dataCategories: ['identity', 'family'],
      },
      clock.now(),
    );
    expect((await policyDecision(result, person)).basis).toMatchObject({
      lawfulBasis: 'legal-obligation',
      ruleId: 'mandatory-child-referral',
    });
  });

  it('child-protection: the police inform the competent CSW about a child beyond a referral', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const person = subject(114);
    const result = await send(
      t,
      police,
      ['rs.csw.belgrade'],
      {
        type: 'nrm.info-response',
        subject: person,
        legalBasis: 'legal-obligation',
        purpose: 'child-protection',
        subjectIsChild: true,
        area: 'beograd-zemun',
        dataCategories: ['identity', 'family', 'contact'],
      },
      clock.now(),
    );
    expect((await policyDecision(result, person)).basis).toMatchObject({
      lawfulBasis: 'legal-obligation',
      ruleId: 'child-protection',
    });
  });

  it('procedure-public-task: procedural facts between state bodies', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const person = subject(112);
    const result = await send(
      t,
      police,
      ['rs.cptv'],
      { subject: person, legalBasis: 'public-task', dataCategories: ['process'] },
      clock.now(),
    );
    expect((await policyDecision(result, person)).basis).toMatchObject({
      lawfulBasis: 'public-task',
      ruleId: 'procedure-public-task',
    });
  });

  it('vital-interests: allowed with a justification, it alerts the DPO; refused without one', async () => {
    const astra = await t.agency('rs.astra');
    const person = subject(113);
    const emergency = {
      subject: person,
      legalBasis: 'vital-interests',
      purpose: 'assistance',
      dataCategories: ['identity', 'location'],
    };
    const refused = await send(t, astra, ['rs.police.belgrade-thb'], emergency, clock.now());
    await expectDenied(refused, person, 'justification-missing', 'rs.police.belgrade-thb');

    const before = await alertCount();
    const result = await send(
      t,
      astra,
      ['rs.police.belgrade-thb'],
      { ...emergency, justification: 'The person is held at a known address tonight.' },
      clock.now(),
    );
    expect((await policyDecision(result, person)).basis).toMatchObject({
      lawfulBasis: 'vital-interests',
      ruleId: 'vital-interests',
    });
    const alerts = await call(t, 'GET', `/v1/dpo/alerts?subject=${person}`, dpo);
    expect(alerts.body.alerts).toEqual([
      expect.objectContaining({ messageId: result.body.id, ruleId: 'vital-interests' }),
    ]);
    expect(await alertCount()).toBe(before + 1);
    // The justification is free text: the log and the DPO's view never carry it.
    const exported = await fetch(`${t.url}/v1/log/export`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    const text = await exported.text();
    expect(text).toContain(result.body.id as string);
    expect(text).not.toContain('known address');
  });

  it('non-consent bases and denied attempts are listed for the DPO; the policy in force is shown', async () => {
    const nonConsent = await call(t, 'GET', '/v1/dpo/non-consent', dpo);
    expect(nonConsent.body.disclosures.length).toBeGreaterThanOrEqual(4);
    expect(
      (nonConsent.body.disclosures as Json[]).every((d: Json) => d.basis.kind === 'policy'),
    ).toBe(true);
    const denied = await call(t, 'GET', '/v1/dpo/denied?agency=rs.cptv', t.adminToken('auditor'));
    expect((denied.body.disclosures as Json[]).map((d: Json) => d.reasonCode as string)).toEqual(
      expect.arrayContaining([
        'purpose-not-covered',
        'category-not-covered',
        'child-consent-by-self',
      ]),
    );
    expect((denied.body.disclosures as Json[]).every((d: Json) => d.outcome === 'denied')).toBe(
      true,
    );
    const policy = await call(t, 'GET', '/v1/dpo/policy', dpo);
    expect(policy.body).toMatchObject({ id: 'rs-nrm-gateway', version: 2 });
    expect(policy.body.digest).toMatch(/^[0-9a-f]{64}$/);
    expect((policy.body.policy.rules as Json[]).map((r: Json) => r.id as string)).toContain(
      'vital-interests',
    );
  });

  it('the DPO routes are for the dpo and auditor roles only', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    expect((await call(t, 'GET', '/v1/dpo/disclosures', undefined)).body.error.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await call(t, 'GET', '/v1/dpo/disclosures', police.token)).status).toBe(403);
    const operator = await call(t, 'GET', '/v1/log/export', t.adminToken('operator'));
    expect(operator.body.error.code).toBe('FORBIDDEN');
    const badPeriod = await call(t, 'GET', '/v1/dpo/disclosures?from=yesterday', dpo);
    expect(badPeriod.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'query.from' });
  });
});
