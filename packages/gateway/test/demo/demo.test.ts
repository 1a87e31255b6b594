/**
 * `pnpm demo` as a test: the scenarios of SCENARIOS.md (S1–S7) against a real gateway on a
 * free port with the seeded demo agencies, asserting on the trace; then the real
 * `scripts/demo.mjs` process against the same running gateway (exit 0), and against it with a
 * revoked-looking token (exit 1: a step did not get its expected answer).
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRun } from '../../src/demo/demo-run.js';
import { runDemo, type DemoReport } from '../../src/demo/run-demo.js';
import { formatStep, formatSummary, type TraceStep } from '../../src/demo/trace.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { testDatabase } from '../test-database.js';

const missing = ['gpg', 'curl', 'jq', 'sha256sum', 'base64'].filter(
  (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0,
);
if (missing.length > 0) {
  console.warn(
    `demo test skipped: S3 runs the gpg + curl guide, and ${missing.join(', ')} is not on the PATH.`,
  );
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Run `node scripts/demo.mjs` as its own process, asynchronously (the gateway lives here). */
function demoProcess(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/demo.mjs'],
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout) => {
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout });
      },
    );
  });
}

describe.skipIf(missing.length > 0)('pnpm demo', () => {
  let gateway: RunningGateway;
  let dataDir: string;
  let workDir: string;
  let report: DemoReport;
  const lines: string[] = [];

  const steps = (scenario: string, type?: string): TraceStep[] =>
    report.steps.filter((s) => s.scenario === scenario && (type === undefined || s.type === type));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'nrm-demo-gw-'));
    workDir = mkdtempSync(join(tmpdir(), 'nrm-demo-work-'));
    gateway = await startGateway({
      dataDir,
      ...(await testDatabase(dataDir)),
      port: 0,
      server: { logger: false },
    });
    report = await runDemo({
      gatewayUrl: gateway.url,
      agenciesDir: join(dataDir, 'demo-agencies'),
      workDir,
      log: (line) => lines.push(line),
    });
  }, 120_000);

  afterAll(async () => {
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  });

  it('prints the pseudonyms of the people of each scenario, the same in every run (S1: both brothers)', () => {
    expect(lines).toContain('     S1 subject: sub_DemoS1OlderBrother00  (older brother, 14)');
    expect(lines).toContain('     S1 subject: sub_DemoS1YoungerBrother  (younger brother, 8)');
    expect(lines.filter((l) => / S[1-7] subject: sub_/.test(l))).toHaveLength(8);
    expect(steps('S1', 'nrm.referral').filter((s) => s.answer === 'accepted')).toHaveLength(2);
  });

  it('every step of S1–S7 gets its expected answer', () => {
    expect(report.steps.filter((s) => s.answer !== s.expected).map(formatStep)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(new Set(report.steps.map((s) => s.scenario))).toEqual(
      new Set(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']),
    );
    expect(formatSummary(report.steps)).toBe(
      `summary: S1 11/11, S2 9/9, S3 5/5, S4 6/6, S5 9/9, S6 9/9, S7 9/9 — all ${String(report.steps.length)} steps got their expected answer`,
    );
  });

  it('S1: the child referral is ROUTE_FORBIDDEN without the competent CSW, then accepted for both on the mandatory referrals, without consent', () => {
    const [first, second] = steps('S1', 'nrm.referral');
    expect(first).toMatchObject({ to: ['rs.cptv'], answer: 'ROUTE_FORBIDDEN' });
    expect(first?.detail).toMatch(/^CHILD_REFERRAL_INCLUDES_CSW: .*rs\.csw\.belgrade/);
    expect(second).toMatchObject({
      to: ['rs.cptv', 'rs.csw.belgrade'],
      answer: 'accepted',
      delivery: 'rs.cptv acknowledged, rs.csw.belgrade acknowledged',
      detail:
        'categories: identity, location, family, exploitation, migration, assistance, process',
    });
    // The DPO sees the legal duty, not a consent, as the basis of each.
    expect(steps('S1', 'disclosure records: the basis of each recipient')[0]).toMatchObject({
      answer: 'rs.cptv: mandatory-referral; rs.csw.belgrade: mandatory-child-referral',
    });
    // The guardian's consent, recorded by the CSW after the referral, carries what goes beyond.
    expect(steps('S1', 'nrm.consent-record')[0]).toMatchObject({
      from: 'rs.csw.belgrade',
      answer: 'accepted',
    });
    expect(steps('S1', 'nrm.identification-decision')[0]?.answer).toBe('accepted');
    expect(steps('S1', 'nrm.service-referral')[0]).toMatchObject({
      to: ['rs.atina'],
      delivery: 'rs.atina acknowledged',
    });
  });

  it('S2: the referral with health data is CONSENT_MISSING, the minimised one is accepted; consultation before the refusal; review overturns', () => {
    const referrals = steps('S2', 'nrm.referral');
    expect(referrals.map((s) => s.answer)).toEqual(['accepted', 'CONSENT_MISSING', 'accepted']);
    expect(referrals[1]?.detail).toMatch(/does not cover health/);
    expect(referrals[2]?.detail).toBe('minimised: removed subject.disability');
    const types = steps('S2').map((s) => s.type);
    expect(types.indexOf('nrm.consultation-opinion')).toBeLessThan(
      types.indexOf('nrm.identification-decision'),
    );
    expect(steps('S2', 'nrm.review-outcome')[0]).toMatchObject({
      from: 'rs.national-coordinator',
      answer: 'accepted',
    });
  });

  it('S3: the partner’s gpg + curl messages are accepted and acknowledged, and it acknowledges ASTRA’s update', () => {
    expect(steps('S3').map((s) => [s.type, s.answer])).toEqual([
      ['nrm.consent-record', 'accepted'],
      ['nrm.transnational-referral', 'accepted'],
      ['nrm.identification-decision', 'accepted'],
      ['nrm.service-update', 'accepted'],
      ['inbox: gpg --decrypt, signed receipt', 'acknowledged'],
    ]);
    expect(steps('S3', 'nrm.transnational-referral')[0]?.delivery).toBe(
      'rs.astra acknowledged, rs.cptv acknowledged',
    );
    expect(steps('S3', 'nrm.service-update')[0]?.delivery).toBe('at.lefoe-ibf accepted');
    expect(steps('S3').at(-1)?.delivery).toBe('at.lefoe-ibf acknowledged');
  });

  it('S4: the waiting referral is withheld after the withdrawal; the CSW back online receives only the withdrawal; the Serbian subject access report lists both', () => {
    expect(steps('S4', 'nrm.service-referral')[0]?.delivery).toBe('rs.csw.novi-sad accepted');
    expect(steps('S4', 'status of nrm.service-referral')[0]).toMatchObject({
      answer: 'withheld',
      delivery: 'rs.csw.novi-sad withheld',
    });
    expect(steps('S4', 'inbox (back online)')[0]?.answer).toBe('nrm.consent-withdrawal');
    expect(steps('S4', 'subject access report')[0]?.answer).toBe(
      'sr-Latn — shared: nrm.consent-withdrawal; withheld: nrm.consent-record, nrm.service-referral',
    );
  });

  it('S5: the proceedings notice goes to the police on the duty to report with only pseudonyms and criminal-proceedings facts; her file with health data is CONSENT_MISSING; assistance goes on unconditionally', () => {
    const consent = steps('S5', 'nrm.consent-record')[0];
    expect(consent).toMatchObject({ to: ['rs.cptv'], answer: 'accepted' });
    const [notice] = steps('S5', 'nrm.proceedings-notice');
    expect(notice).toMatchObject({
      from: 'rs.cptv',
      to: ['rs.police.belgrade-thb'],
      answer: 'accepted',
      delivery: 'rs.police.belgrade-thb acknowledged',
      detail: 'categories: identity, criminal-proceedings, process',
    });
    const [file] = steps('S5', 'nrm.referral');
    expect(file).toMatchObject({ to: ['rs.police.belgrade-thb'], answer: 'CONSENT_MISSING' });
    expect(file?.detail).toMatch(/rule duty-to-report does not cover [a-z, -]*\bhealth\b/);
    // Assistance after the report: ASTRA's update accepted, and the plan holds no cooperation condition.
    const types = steps('S5').map((s) => s.type);
    expect(types.indexOf('nrm.service-update')).toBeGreaterThan(
      types.indexOf('nrm.proceedings-notice'),
    );
    expect(steps('S5', 'nrm.service-update')[0]).toMatchObject({
      from: 'rs.astra',
      answer: 'accepted',
      delivery: 'rs.cptv acknowledged',
    });
    expect(steps('S5', 'the care plan after the report (@nrm/domain)')[0]?.answer).toBe('none');
    expect(
      steps('S5', 'a care plan conditional on cooperation-with-police (@nrm/domain)')[0]?.answer,
    ).toBe('ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION');
    expect(steps('S5', 'subject access report: the police')[0]?.answer).toBe(
      'shared: nrm.proceedings-notice (legal-obligation, duty-to-report); denied: nrm.referral',
    );
  });

  it('S6: a disputed age is treated as a child, so the referral needs the competent CSW; then status, residence, services, closure', () => {
    expect(steps('S6')[0]).toMatchObject({ answer: 'presumed-child' });
    expect(steps('S6', 'nrm.referral').map((s) => s.answer)).toEqual([
      'ROUTE_FORBIDDEN',
      'accepted',
    ]);
    expect(steps('S6', 'nrm.referral')[1]?.delivery).toBe(
      'rs.cptv acknowledged, rs.csw.belgrade acknowledged, rs.kirs acknowledged',
    );
    expect(steps('S6', 'nrm.residence-decision').map((s) => [s.from, s.answer])).toEqual([
      ['rs.kirs', 'accepted'],
      ['rs.kirs', 'accepted'],
    ]);
    expect(steps('S6').at(-1)).toMatchObject({ type: 'nrm.case-closure', answer: 'accepted' });
  });

  it('S7: the plea agreement and the release reach ASTRA and CPTV the same day on victim notification; her file with health data is refused; the police cannot rely on ASTRA’s consent; the report names the rule', () => {
    const notices = steps('S7', 'nrm.proceedings-notice');
    expect(notices.map((s) => [s.from, s.to, s.day, s.answer, s.detail])).toEqual([
      [
        'rs.prosecutor.belgrade',
        ['rs.astra', 'rs.cptv'],
        'd400',
        'accepted',
        'categories: identity, criminal-proceedings, process',
      ],
      [
        'rs.prosecutor.belgrade',
        ['rs.astra', 'rs.cptv'],
        'd400',
        'accepted',
        'categories: identity, criminal-proceedings, process',
      ],
    ]);
    expect(notices.map((s) => s.delivery)).toEqual([
      'rs.astra acknowledged, rs.cptv acknowledged',
      'rs.astra acknowledged, rs.cptv acknowledged',
    ]);
    expect(steps('S7', 'disclosure records: the basis of each recipient')[0]?.answer).toBe(
      'rs.astra: victim-notification; rs.cptv: victim-notification',
    );
    const [file] = steps('S7', 'nrm.referral');
    expect(file?.answer).toBe('CONSENT_MISSING');
    expect(file?.detail).toMatch(/rule victim-notification does not cover [a-z, -]*\bhealth\b/);
    expect(steps('S7', "inbox of ASTRA's case manager")[0]?.answer).toBe(
      'plea-bargain, release-of-accused',
    );
    const [police] = steps('S7', 'nrm.info-response');
    expect(police).toMatchObject({ from: 'rs.police.belgrade-thb', answer: 'CONSENT_MISSING' });
    expect(police?.detail).toMatch(
      /^rs\.cptv: discloser-not-covered: consent \S+ was recorded by rs\.astra and does not let rs\.police\.belgrade-thb \(police\) disclose under it$/,
    );
    expect(steps('S7', 'disclosure records: the basis of each recipient')[1]?.answer).toBe(
      'rs.cptv: denied: discloser-not-covered',
    );
    expect(steps('S7', 'subject access report: the notices')[0]?.answer).toBe(
      'rs.astra victim-notification ×2, rs.cptv victim-notification ×2',
    );
  });

  it('a DPO route answering with an error fails the step loudly (token not valid)', async () => {
    const adminsDir = join(workDir, 'stale-admins');
    mkdirSync(join(adminsDir, 'dpo'), { recursive: true });
    writeFileSync(join(adminsDir, 'dpo', 'token'), 'nra_unknown.secret\n');
    const run = new DemoRun({
      gatewayUrl: gateway.url,
      agenciesDir: join(dataDir, 'demo-agencies'),
      adminsDir,
      workDir,
    });
    await expect(run.dpoGet('/v1/dpo/policy')).rejects.toThrow(
      /^GET \/v1\/dpo\/policy: 401 .*UNAUTHENTICATED/,
    );
  });

  it('prints one line per message and a scenario header', () => {
    expect(lines).toContain('— S4: consent withdrawal while a message waits');
    expect(lines.filter((l) => /^(ok {2}|FAIL) S\d /.test(l))).toHaveLength(report.steps.length);
  });

  it('scripts/demo.mjs against the running gateway exits 0 with the summary (a second run on the same gateway)', async () => {
    const { code, stdout } = await demoProcess({
      NRM_GATEWAY_URL: gateway.url,
      NRM_DEMO_AGENCIES: join(dataDir, 'demo-agencies'),
    });
    expect(stdout).toContain(`demo against ${gateway.url}`);
    expect(stdout).toMatch(
      /summary: S1 11\/11, S2 9\/9, S3 5\/5, S4 6\/6, S5 9\/9, S6 9\/9, S7 9\/9 — all 58 steps got their expected answer/,
    );
    expect(code).toBe(0);
  }, 120_000);

  it('exits 1 when a step does not get its expected answer (police token no longer valid)', async () => {
    const agencies = join(workDir, 'stale-agencies');
    cpSync(join(dataDir, 'demo-agencies'), agencies, { recursive: true });
    writeFileSync(join(agencies, 'rs.police.belgrade-thb', 'token'), 'nrm_unknown.secret\n');
    const { code, stdout } = await demoProcess({
      NRM_GATEWAY_URL: gateway.url,
      NRM_DEMO_AGENCIES: agencies,
    });
    expect(stdout).toMatch(
      /FAIL S1 d0 {3}rs\.police\.belgrade-thb → rs\.cptv {2}nrm\.referral {2}⇒ UNAUTHENTICATED \(expected ROUTE_FORBIDDEN\)/,
    );
    expect(stdout).toMatch(/steps did NOT get their expected answer/);
    expect(code).toBe(1);
  }, 120_000);
});
