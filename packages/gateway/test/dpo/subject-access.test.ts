import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/registry/clock.js';
import {
  fromHex,
  verifyInclusion,
  verifyLogExport,
  verifyTreeHeadConsistency,
} from '../../src/transparency/index.js';
import { call, startTestGateway, type Json, type TestGateway } from '../server/harness.js';
import { nrm, pullAndAcknowledge, recordConsent, scopeFor, send } from './dpo-fixture.js';

// SCENARIOS S1 on a real gateway: the subject access report for the older brother, through
// the API and through `nrm dpo subject-access`; then the log of it all, verified offline.

const OLDER_BROTHER = 'sub_OlderBrother00000014';
const hash = (hex: string): Uint8Array => {
  const bytes = fromHex(hex);
  expect(bytes, hex).toBeDefined();
  return bytes ?? new Uint8Array();
};
const clock = new ManualClock(new Date());
let t: TestGateway;
let dpo: string;
let work: string;
let referralId: string;
let answerId: string;
let consentId: string;

beforeAll(async () => {
  t = await startTestGateway({ clock });
  dpo = t.adminToken('dpo');
  work = mkdtempSync(join(tmpdir(), 'nrm-dpo-'));
  const csw = await t.agency('rs.csw.belgrade');
  const police = await t.agency('rs.police.belgrade-thb');
  const cptv = await t.agency('rs.cptv');
  // d0: the CSW, the boys' guardian, consents for CPTV.
  const scope = scopeFor('rs.csw.belgrade', OLDER_BROTHER, ['rs.cptv'], clock.now(), {
    givenBy: 'guardian',
    purposes: ['identification', 'assistance'],
    categories: ['identity', 'family', 'exploitation', 'health'],
  });
  consentId = scope.id;
  await recordConsent(t, csw, ['rs.cptv'], scope, clock.now());
  const child = {
    subject: OLDER_BROTHER,
    subjectIsChild: true,
    area: 'beograd-zemun',
    legalBasis: 'legal-obligation',
    purpose: 'identification',
    dataCategories: ['identity', 'family', 'exploitation'],
  };
  // Without the competent CSW the child referral is refused (route), then sent to both on
  // the mandatory referrals, without consent.
  const refused = await send(t, police, ['rs.cptv'], child, clock.now());
  expect(refused.body.error.code).toBe('ROUTE_FORBIDDEN');
  const referral = await send(t, police, ['rs.cptv', 'rs.csw.belgrade'], child, clock.now());
  expect(referral.status, JSON.stringify(referral.body)).toBe(202);
  referralId = referral.body.id as string;
  // Beyond the referral, the CSW shares with CPTV on the consent it recorded as guardian.
  const answer = await send(
    t,
    csw,
    ['rs.cptv'],
    {
      ...child,
      type: 'nrm.info-response',
      legalBasis: 'consent',
      consentRefs: [scope.id],
      purpose: 'assistance',
      dataCategories: ['identity', 'family', 'health'],
    },
    clock.now(),
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  answerId = answer.body.id as string;
  await pullAndAcknowledge(t, cptv);
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

describe('subject access report for the S1 child case', () => {
  it('JSON through the API: what was shared, with whom, on which basis, what the guardian consented to', async () => {
    const answer = await call(t, 'GET', `/v1/dpo/subject-access/${OLDER_BROTHER}`, dpo);
    expect(answer.status, answer.text).toBe(200);
    const report = answer.body;
    expect(report.subject).toBe(OLDER_BROTHER);
    const referral = (report.shared as Json[]).filter((d) => d.messageId === referralId);
    expect(
      referral.map((d): string[] => [
        String(d.recipient.id),
        String(d.basis.kind),
        String(d.basis.ruleId ?? d.basis.consentId),
      ]),
    ).toEqual([
      ['rs.cptv', 'policy', 'mandatory-referral'],
      ['rs.csw.belgrade', 'policy', 'mandatory-child-referral'],
    ]);
    expect(referral[0].sender.id).toBe('rs.police.belgrade-thb');
    expect(referral[0].basisInWords).toBe(
      'Legal obligation: Mandatory referral to the identification authority (policy version 2)',
    );
    const toCptv = (report.shared as Json[]).find((d) => d.messageId === answerId);
    expect(toCptv.sender.id).toBe('rs.csw.belgrade');
    expect(toCptv.basis).toMatchObject({ kind: 'consent', consentId });
    expect(toCptv.basisInWords).toContain('guardian');
    expect(toCptv.deliveredAt).toBeDefined();
    expect(toCptv.acknowledgedAt).toBeDefined();
    expect(report.consents).toEqual([
      expect.objectContaining({ id: consentId, givenBy: 'guardian', status: 'valid' }),
    ]);
    expect(report.summary).toMatchObject({ consentsGiven: 1, consentsWithdrawn: 0 });
    // The first attempt, without the competent CSW, was refused on the route.
    expect(report.notShared).toEqual([
      expect.objectContaining({
        outcome: 'denied',
        reasonCode: 'route-forbidden',
        recipient: expect.objectContaining({ id: 'rs.cptv' }) as unknown,
      }),
    ]);
  });

  it('printable in Serbian through the API and byte for byte the same through `nrm dpo subject-access`', async () => {
    const api = await fetch(
      `${t.url}/v1/dpo/subject-access/${OLDER_BROTHER}?lang=sr-Latn&format=html`,
      { headers: { authorization: `Bearer ${dpo}` } },
    );
    expect(api.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await api.text();
    expect(html).toContain('lang="sr-Latn"');
    expect(html).toContain('Izveštaj o vašim podacima o ličnosti');
    // Agency names in Serbian, rules and refusals in words with their legal reference.
    expect(html).toContain('Centar za zaštitu žrtava trgovine ljudima');
    expect(html).not.toContain('Centre for the Protection of Trafficking Victims');
    expect(html).toContain('Zakonska obaveza: Obavezno upućivanje deteta centru za socijalni rad');
    expect(html).toContain(
      'Upućivanje deteta mora ići i nadležnom centru za socijalni rad, a on nije bio naveden',
    );
    expect(html).toContain('Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3');
    expect(html).not.toMatch(/mandatory-child-referral|route-forbidden|CHILD_REFERRAL/);

    const cli = await nrm(
      [
        'dpo',
        'subject-access',
        OLDER_BROTHER,
        '--lang',
        'sr-Latn',
        '--format',
        'html',
        '--out',
        'report.html',
      ],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(readFileSync(join(work, 'report.html'), 'utf8')).toBe(html);

    const text = await nrm(
      ['dpo', 'subject-access', OLDER_BROTHER, '--format', 'text'],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(OLDER_BROTHER);
    expect(text.stdout).toContain('guardian');

    const cyrillic = await nrm(
      ['dpo', 'subject-access', OLDER_BROTHER, '--lang', 'sr-Cyrl', '--format', 'text'],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(cyrillic.code).toBe(0);
    expect(cyrillic.stdout).toContain('Извештај о вашим подацима о личности');
    expect(cyrillic.stdout).toContain('Центар за заштиту жртава трговине људима');
    expect(cyrillic.stdout).toContain('Пристанак, дао ваш старалац');
  });

  it('the CLI refuses without an admin token and reports the gateway code for an agency token', async () => {
    const noToken = await nrm(['dpo', 'alerts'], { NRM_GATEWAY_URL: t.url }, work);
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/^error UNAUTHENTICATED/);
    const police = await t.agency('rs.police.belgrade-thb');
    const wrong = await nrm(
      ['dpo', 'disclosures', '--subject', OLDER_BROTHER],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: police.token },
      work,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^error FORBIDDEN/);
    const listed = await nrm(
      ['dpo', 'disclosures', '--subject', OLDER_BROTHER],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: t.adminToken('auditor') },
      work,
    );
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as Json[]).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the policy and the non-consent disclosures, readable', () => {
  const env = () => ({ NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo });

  it('`nrm dpo policy`: the order of evaluation and every rule in words with its legal reference', async () => {
    const en = await nrm(['dpo', 'policy'], env(), work);
    expect(en.stderr).toBe('');
    expect(en.stdout).toMatch(/^Lawful-basis policy rs-nrm-gateway, v2 \(in force from /);
    expect(en.stdout).toContain('How the gateway decides each disclosure, in this order:');
    expect(en.stdout).toContain('  2. Legal duties first: unless the sender names another basis');
    expect(en.stdout).toContain('  3. Consent: then the consents cited for the person');
    expect(en.stdout).toMatch(
      /\d\. Protection of a child \[child-protection\]\n {5}Lawful basis: +Legal obligation/,
    );
    expect(en.stdout).toMatch(/Legal reference: +Personal Data Protection Act, art\. 12\(1\)\(4\)/);
    expect(en.stdout).toMatch(
      /Conditions: +the sender must give a reason; the data protection officer is alerted/,
    );

    const sr = await nrm(['dpo', 'policy', '--lang', 'sr-Latn'], env(), work);
    expect(sr.stdout).toMatch(/^Pravila o pravnom osnovu rs-nrm-gateway, v2/);
    expect(sr.stdout).toContain('Dužnost prijavljivanja krivičnog dela [duty-to-report]');
    expect(sr.stdout).toContain('Zakonik o krivičnom postupku, čl. 280');
    expect(sr.stdout).toContain('Vođenje postupka identifikacije [procedure-public-task]');
    const cyr = await nrm(['dpo', 'policy', '--lang', 'sr-Cyrl'], env(), work);
    expect(cyr.stdout).toContain('Заштита детета [child-protection]');

    const json = await nrm(['dpo', 'policy', '--format', 'json'], env(), work);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'rs-nrm-gateway', version: 2 });
  });

  it('`nrm dpo non-consent`: the rule in words, in Serbian too', async () => {
    const sr = await nrm(
      ['dpo', 'non-consent', '--subject', OLDER_BROTHER, '--lang', 'sr-Latn'],
      env(),
      work,
    );
    expect(sr.stderr).toBe('');
    expect(sr.stdout).toMatch(/^Deljenja na drugom pravnom osnovu, bez pristanka:\n/);
    expect(sr.stdout).toContain(
      `${OLDER_BROTHER}  rs.police.belgrade-thb → rs.csw.belgrade  Podeljeno`,
    );
    expect(sr.stdout).toContain(
      'Zakonska obaveza: Obavezno upućivanje deteta centru za socijalni rad [mandatory-child-referral, v2]',
    );
    expect(sr.stdout).toContain('Propis: Porodični zakon');
    const json = await nrm(
      ['dpo', 'non-consent', '--subject', OLDER_BROTHER, '--format', 'json'],
      env(),
      work,
    );
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ recipient: 'rs.cptv', outcome: 'allowed' }),
      expect.objectContaining({ recipient: 'rs.csw.belgrade', outcome: 'allowed' }),
    ]);
  });
});

describe('pseudonyms the DPO mistypes', () => {
  it('a malformed pseudonym is refused (SCHEMA_INVALID, 422) with its path, over HTTP and the CLI', async () => {
    const http = await call(t, 'GET', '/v1/dpo/subject-access/bogus', dpo);
    expect(http.status).toBe(422);
    expect(http.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'params.subject' });
    const cli = await nrm(
      ['dpo', 'subject-access', 'sub_Older-Brother-14', '--format', 'text'],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toMatch(
      /^error SCHEMA_INVALID: .* is not a subject pseudonym: .*\(at pseudonym\)/,
    );
  });

  it('an unknown well-formed pseudonym: the report stays neutral, the DPO is told (header, notice, exit 3)', async () => {
    const unknown = 'sub_OlderBrother00000041';
    const http = await fetch(`${t.url}/v1/dpo/subject-access/${unknown}?format=text`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(http.status).toBe(200);
    expect(http.headers.get('nrm-subject-known')).toBe('false');
    expect(await http.text()).toContain('Nothing about you was shared.');
    const known = await fetch(`${t.url}/v1/dpo/subject-access/${OLDER_BROTHER}`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(known.headers.get('nrm-subject-known')).toBe('true');

    const cli = await nrm(
      ['dpo', 'subject-access', unknown, '--format', 'text'],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain('Nothing about you was shared.');
    expect(cli.stderr).toBe(
      `notice: the gateway holds nothing about ${unknown} (no message, consent or log entry). Check the pseudonym before sending this report.\n`,
    );
  });
});

describe('an unreachable gateway', () => {
  it('nrm dpo says GATEWAY_UNREACHABLE with the URL, not "fetch failed"', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const cli = await nrm(
      ['dpo', 'policy'],
      { NRM_GATEWAY_URL: `http://127.0.0.1:${port}`, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(
      new RegExp(
        `^error GATEWAY_UNREACHABLE: Cannot reach the gateway at http://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`,
      ),
    );
  });
});

describe('date options', () => {
  it('a malformed --from is a usage error with an example, not a pattern', async () => {
    const cli = await nrm(
      ['dpo', 'denied', '--from', '2026-04-01'],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(
      '--from needs a date and time with its offset, like 2026-04-01T00:00:00Z or 2026-04-01T02:00:00+02:00; got "2026-04-01".',
    );
    expect(cli.stderr).not.toMatch(/\^|\\d|\[0-9\]/);
    const ok = await nrm(
      ['dpo', 'denied', '--from', '2026-04-01T00:00:00Z', '--to', '2099-01-01T00:00:00+02:00'],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: dpo },
      work,
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });
});

describe('the transparency log after the scenario', () => {
  it('an export taken through the API verifies offline with only the gateway key', async () => {
    const gatewayKey = (await call(t, 'GET', '/v1/keys/gateway', dpo)).body.keys[0]
      .publicKey as string;
    const exported = await fetch(`${t.url}/v1/log/export`, {
      headers: { authorization: `Bearer ${t.adminToken('auditor')}` },
    });
    const text = await exported.text();
    const verdict = await verifyLogExport(text, gatewayKey);
    expect(verdict).toMatchObject({ ok: true });
    const kinds = text
      .split('\n')
      .filter((line) => line.includes('"type":"entry"'))
      .map(
        (line) =>
          (JSON.parse((JSON.parse(line) as { entry: string }).entry) as { kind: string }).kind,
      );
    expect(new Set(kinds)).toEqual(
      new Set([
        'policy-changed',
        'key-registered',
        'consent-granted',
        'disclosure-allowed',
        'disclosure-denied',
      ]),
    );
    // Pseudonymous facts only: no agency name, no payload, no free text.
    expect(text).not.toContain('Centre for the Protection');
  });

  it('inclusion and consistency proofs from the API check against signed heads', async () => {
    const gatewayKey = (await call(t, 'GET', '/v1/keys/gateway', dpo)).body.keys[0]
      .publicKey as string;
    const older = (await call(t, 'GET', '/v1/log/tree-head', dpo)).body;
    const proofs = await call(t, 'GET', `/v1/log/inclusion?messageId=${referralId}`, dpo);
    const first = proofs.body.proofs[0];
    expect(first.proof.treeSize).toBe(older.treeSize);
    expect(
      verifyInclusion(
        hash(first.proof.leafHash as string),
        first.proof.leafIndex as number,
        first.proof.treeSize as number,
        (first.proof.path as string[]).map(hash),
        hash(older.rootHash as string),
      ),
    ).toBe(true);

    const cptv = await t.agency('rs.cptv');
    const police = await t.agency('rs.police.belgrade-thb');
    const more = await send(
      t,
      cptv,
      ['rs.police.belgrade-thb'],
      {
        type: 'nrm.proceedings-notice',
        subject: OLDER_BROTHER,
        legalBasis: 'legal-obligation',
        purpose: 'legal-proceedings',
        dataCategories: ['identity', 'exploitation'],
      },
      clock.now(),
    );
    expect(more.status).toBe(202);
    await pullAndAcknowledge(t, police);
    const newer = (await call(t, 'GET', '/v1/log/tree-head', t.adminToken('auditor'))).body;
    expect(newer.treeSize).toBeGreaterThan(older.treeSize as number);
    const consistency = await call(
      t,
      'GET',
      `/v1/log/consistency?oldSize=${older.treeSize}&newSize=${newer.treeSize}`,
      dpo,
    );
    expect(
      await verifyTreeHeadConsistency(older, newer, consistency.body.proof as string[], gatewayKey),
    ).toEqual({ ok: true });

    const bySeq = await call(t, 'GET', `/v1/log/inclusion?seq=0&treeSize=${newer.treeSize}`, dpo);
    expect(bySeq.body).toMatchObject({ leafIndex: 0, treeSize: newer.treeSize });
    const beyond = await call(t, 'GET', `/v1/log/inclusion?seq=${newer.treeSize + 5}`, dpo);
    expect(beyond.body.error.code).toBe('NOT_FOUND');
    const unknown = await call(t, 'GET', `/v1/log/inclusion?messageId=${crypto.randomUUID()}`, dpo);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    const badSize = await call(t, 'GET', `/v1/log/consistency?oldSize=${newer.treeSize + 1}`, dpo);
    expect(badSize.body.error.code).toBe('BAD_REQUEST');
  });

  it('`nrm log export` then `nrm log verify` — what an auditor runs', async () => {
    const env = { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: t.adminToken('auditor') };
    const exported = await nrm(
      ['log', 'export', '--out', 'log.jsonl', '--key-out', 'gateway.pub.asc'],
      env,
      work,
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const verified = await nrm(
      ['log', 'verify', 'log.jsonl', '--key', 'gateway.pub.asc'],
      {},
      work,
    );
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^OK: \d+ entries/);
  });
});
