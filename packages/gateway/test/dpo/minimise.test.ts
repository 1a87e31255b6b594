import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataCategoriesOf } from '@nrm/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NrmClient } from '@nrm/client';
import { referral } from '../../src/demo/payloads.js';
import { call, startTestGateway, subject, type Json, type TestGateway } from '../server/harness.js';
import { recordConsent, scopeFor } from './dpo-fixture.js';

// SCENARIOS S2 step 2: ASTRA's referral carries health data the consent does not cover.
// The dry run says which categories may go; the SDK's minimise option strips the rest.

let t: TestGateway;
let state: string;
beforeAll(async () => {
  t = await startTestGateway();
  state = mkdtempSync(join(tmpdir(), 'nrm-min-'));
});
afterAll(async () => {
  await t.close();
  rmSync(state, { recursive: true, force: true });
});

const person = subject(301);
const payload = (consentId: string) =>
  referral({
    subject: person,
    casePseudonym: 'case_AbCdEfGhIjKlMnOpQrSt',
    age: { status: 'documented', birthDate: '1997-02-11' },
    gender: 'female',
    from: 'rs.astra',
    channel: 'ngo',
    recipients: ['rs.cptv'],
    forms: ['sexual'],
    indicators: [
      { catalogue: 'iom-national', indicator: 'iom-national.documents-held-by-another' },
    ],
    area: 'beograd-stari-grad',
    consentRefs: [consentId],
    exploitedIn: ['DE'],
    disability: true,
    at: new Date(),
  });

function categoriesOf(value: unknown): string[] {
  const result = dataCategoriesOf('nrm.referral', 2, value);
  if (!result.ok) {
    throw new Error(JSON.stringify(result.error));
  }
  return result.value;
}

describe('dry run and data minimisation (SCENARIOS S2)', () => {
  it('the dry run names what may go; minimise strips health before sealing and the referral is accepted', async () => {
    const astra = await t.agency('rs.astra');
    const probe = payload('00000000-0000-4000-8000-000000000000');
    const carried = categoriesOf(probe);
    expect(carried).toContain('health');
    const scope = scopeFor('rs.astra', person, ['rs.cptv'], new Date(), {
      purposes: ['identification'],
      categories: carried.filter((c) => c !== 'health'),
    });
    await recordConsent(t, astra, ['rs.cptv'], scope, new Date(), { purpose: 'identification' });

    const dryRun = await call(t, 'POST', '/v1/disclosures/check', astra.token, {
      to: ['rs.cptv'],
      subject: person,
      purpose: 'identification',
      categories: carried,
      consentRefs: [scope.id],
    });
    expect(dryRun.status, dryRun.text).toBe(200);
    expect(dryRun.body.recipients).toEqual([
      {
        agency: 'rs.cptv',
        permitted: carried.filter((c) => c !== 'health'),
        withheld: ['health'],
        refused: [expect.objectContaining({ detail: 'category-not-covered' })] as unknown,
      },
    ]);
    // A dry run is not a disclosure: nothing is logged about it.
    const logged = await call(
      t,
      'GET',
      `/v1/dpo/disclosures?subject=${person}`,
      t.adminToken('dpo'),
    );
    expect(
      (logged.body.disclosures as Json[]).every((d) => d.messageType === 'nrm.consent-record'),
    ).toBe(true);

    const client = new NrmClient({
      gatewayUrl: t.url,
      token: astra.token,
      agencyId: astra.id,
      privateKey: astra.key,
      stateDir: state,
    });
    const request = {
      type: 'nrm.referral',
      version: 2,
      payload: payload(scope.id),
      to: ['rs.cptv'],
      subject: person,
      purpose: 'identification' as const,
      legalBasis: 'consent' as const,
      consentRefs: [scope.id],
      subjectIsChild: false,
    };
    await expect(client.send(request)).rejects.toMatchObject({ code: 'CONSENT_MISSING' });
    const sent = await client.send({ ...request, minimise: true });
    expect(sent.status).toBe('accepted');
    expect(sent.removed).toEqual(['subject.disability']);
    expect(sent.envelope.dataCategories).not.toContain('health');
  });

  it('the dry run refuses unknown recipients, malformed requests and admin tokens', async () => {
    const astra = await t.agency('rs.astra');
    const body = {
      to: ['rs.nowhere'],
      subject: person,
      purpose: 'assistance',
      categories: ['identity'],
    };
    const unknown = await call(t, 'POST', '/v1/disclosures/check', astra.token, body);
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', path: 'to.0' });
    const malformed = await call(t, 'POST', '/v1/disclosures/check', astra.token, {
      ...body,
      categories: [],
    });
    expect(malformed.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'categories' });
    const admin = await call(t, 'POST', '/v1/disclosures/check', t.adminToken('dpo'), body);
    expect(admin.body.error.code).toBe('FORBIDDEN');
  });
});
