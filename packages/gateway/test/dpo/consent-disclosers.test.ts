import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/registry/clock.js';
import { call, startTestGateway, subject, type Json, type TestGateway } from '../server/harness.js';
import { recordConsent, scopeFor, send } from './dpo-fixture.js';

// A consent binds only the agencies it names as disclosers (and its controller), at
// submit and in the dry run; a v1 scope, which names none, binds only its controller.

const clock = new ManualClock(new Date());
let t: TestGateway;
let dpo: string;
beforeAll(async () => {
  t = await startTestGateway({ clock });
  dpo = t.adminToken('dpo');
});
afterAll(() => t.close());

/** An answer ASTRA's consent covers: to CPTV, for assistance, identity and contact only. */
const answer = (person: string, consentId: string) => ({
  type: 'nrm.info-response',
  subject: person,
  legalBasis: 'consent',
  consentRefs: [consentId],
  purpose: 'assistance',
  dataCategories: ['identity', 'contact'],
});

async function deniedFor(person: string): Promise<Json[]> {
  const found = await call(t, 'GET', `/v1/dpo/denied?subject=${person}`, dpo);
  return found.body.disclosures as Json[];
}

describe('who may rely on a consent', () => {
  it('submit: another agency citing ASTRA’s consent is refused with discloser-not-covered; the DPO sees it', async () => {
    const astra = await t.agency('rs.astra');
    const police = await t.agency('rs.police.belgrade-thb');
    const person = subject(201);
    const scope = scopeFor('rs.astra', person, ['rs.cptv', 'rs.police.belgrade-thb'], clock.now());
    await recordConsent(t, astra, ['rs.cptv'], scope, clock.now());

    const refused = await send(t, police, ['rs.cptv'], answer(person, scope.id), clock.now());
    expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'CONSENT_MISSING',
      path: 'envelope.to.0',
      refused: [
        {
          agency: 'rs.cptv',
          path: 'envelope.to.0',
          detail: 'discloser-not-covered',
          message: `discloser-not-covered: consent ${scope.id} was recorded by rs.astra and does not let rs.police.belgrade-thb (police) disclose under it`,
        },
      ],
    });
    expect(
      (await deniedFor(person)).map((d): string[] => [String(d.sender), String(d.reasonCode)]),
    ).toEqual([['rs.police.belgrade-thb', 'discloser-not-covered']]);
    // ASTRA itself may.
    const own = await send(t, astra, ['rs.cptv'], answer(person, scope.id), clock.now());
    expect(own.status, JSON.stringify(own.body)).toBe(202);
  });

  it('dry run: the same refusal, with its detail, and nothing may go; a named discloser may', async () => {
    const astra = await t.agency('rs.astra');
    const cptv = await t.agency('rs.cptv');
    const police = await t.agency('rs.police.belgrade-thb');
    const person = subject(202);
    const scope = scopeFor('rs.astra', person, ['rs.cptv', 'rs.atina'], clock.now(), {
      disclosers: [{ by: 'kind', kind: 'competent-authority' }],
    });
    await recordConsent(t, astra, ['rs.cptv'], scope, clock.now(), { version: 2 });
    const check = {
      to: ['rs.cptv'],
      subject: person,
      purpose: 'assistance',
      categories: ['identity', 'contact'],
      consentRefs: [scope.id],
      type: 'nrm.info-response',
    };
    const byPolice = await call(t, 'POST', '/v1/disclosures/check', police.token, check);
    expect(byPolice.status, byPolice.text).toBe(200);
    expect(byPolice.body.recipients).toEqual([
      {
        agency: 'rs.cptv',
        permitted: [],
        withheld: ['identity', 'contact'],
        refused: [
          {
            detail: 'discloser-not-covered',
            message: `consent ${scope.id} was recorded by rs.astra and does not let rs.police.belgrade-thb (police) disclose under it`,
          },
        ],
      },
    ]);
    // A dry run is no disclosure: nothing is logged.
    expect(await deniedFor(person)).toEqual([]);
    // The person let any competent authority disclose: CPTV may pass it on to Atina.
    const byCptv = await call(t, 'POST', '/v1/disclosures/check', cptv.token, {
      ...check,
      to: ['rs.atina'],
    });
    expect(byCptv.body.recipients[0]).toMatchObject({
      agency: 'rs.atina',
      permitted: ['identity', 'contact'],
      refused: [],
    });
  });

  it('a v1 scope (no disclosers) is read under the new rules: only its controller may rely on it', async () => {
    const csw = await t.agency('rs.csw.belgrade');
    const cptv = await t.agency('rs.cptv');
    const person = subject(203);
    const scope = scopeFor('rs.csw.belgrade', person, ['rs.cptv', 'rs.atina'], clock.now());
    expect(scope).not.toHaveProperty('disclosers');
    await recordConsent(t, csw, ['rs.cptv'], scope, clock.now());
    const toAtina = {
      ...answer(person, scope.id),
      type: 'nrm.service-referral',
    };
    const byCptv = await send(t, cptv, ['rs.atina'], toAtina, clock.now());
    expect(byCptv.body.error?.refused?.[0]?.detail).toBe('discloser-not-covered');
    const byCsw = await send(t, csw, ['rs.atina'], toAtina, clock.now());
    expect(byCsw.status, JSON.stringify(byCsw.body)).toBe(202);
  });

  it('a withdrawal (the person objects) holds what relied on consent, never the mandatory referral sent with the consent cited', async () => {
    const astra = await t.agency('rs.astra');
    const person = subject(204);
    const scope = scopeFor('rs.astra', person, ['rs.cptv'], clock.now(), {
      purposes: ['identification', 'assistance'],
      categories: ['identity', 'contact', 'exploitation', 'health'],
    });
    await recordConsent(t, astra, ['rs.cptv'], scope, clock.now());
    const cited = { subject: person, legalBasis: 'consent', consentRefs: [scope.id] };
    // The referral minimum travels on the duty even though the consent is cited …
    const referral = await send(
      t,
      astra,
      ['rs.cptv'],
      { ...cited, purpose: 'identification', dataCategories: ['identity', 'exploitation'] },
      clock.now(),
    );
    // … the health details only on her consent.
    const health = await send(
      t,
      astra,
      ['rs.cptv'],
      {
        ...cited,
        type: 'nrm.info-response',
        purpose: 'assistance',
        dataCategories: ['identity', 'health'],
      },
      clock.now(),
    );
    expect([referral.status, health.status]).toEqual([202, 202]);
    const withdrawal = await send(
      t,
      astra,
      ['rs.cptv'],
      {
        ...cited,
        type: 'nrm.consent-withdrawal',
        purpose: 'assistance',
        dataCategories: ['process'],
      },
      clock.now(),
    );
    expect(withdrawal.status, JSON.stringify(withdrawal.body)).toBe(202);
    const status = async (id: string) =>
      (await call(t, 'GET', `/v1/messages/${id}/status`, astra.token)).body.recipients[0]
        .status as string;
    expect(await status(referral.body.id as string)).toBe('accepted');
    expect(await status(health.body.id as string)).toBe('withheld');
    const records = (await call(t, 'GET', `/v1/dpo/disclosures?subject=${person}`, dpo)).body
      .disclosures as Json[];
    expect(records.find((d) => d.messageId === referral.body.id)?.basis).toMatchObject({
      kind: 'policy',
      ruleId: 'mandatory-referral',
    });
  });
});
