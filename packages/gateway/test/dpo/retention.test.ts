import { DEFAULT_RETENTION_POLICY } from '@nrm/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/registry/clock.js';
import { call, startTestGateway, subject, type Json, type TestGateway } from '../server/harness.js';
import { nrm, pullAndAcknowledge, recordConsent, scopeFor, send } from './dpo-fixture.js';

const DAY = 24 * 3_600_000;
const clock = new ManualClock(new Date());
let t: TestGateway;
let work: string;
beforeAll(async () => {
  t = await startTestGateway({
    clock,
    retention: { ...DEFAULT_RETENTION_POLICY, ciphertextDaysAfterAcknowledgement: 2 },
    retentionSweepMs: 3_600_000,
  });
  work = mkdtempSync(join(tmpdir(), 'nrm-erase-'));
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

async function payloadBytes(id: string): Promise<number> {
  const row = await t.gw.db
    .selectFrom('messages')
    .select('payload')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.payload.byteLength;
}

const procedural = (person: string, extra: Record<string, unknown> = {}) => ({
  subject: person,
  legalBasis: 'public-task',
  dataCategories: ['process'],
  ...extra,
});

describe('retention sweep', () => {
  it('deletes ciphertext the configured time after acknowledgement, and what was never received at expiry', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const acked = await send(t, police, ['rs.cptv'], procedural(subject(201)), clock.now());
    expect(acked.status).toBe(202);
    await pullAndAcknowledge(t, cptv);
    const unread = await send(
      t,
      police,
      ['rs.prosecutor.belgrade'],
      procedural(subject(202), {
        expiresAt: new Date(clock.now().getTime() + 3 * DAY).toISOString(),
      }),
      clock.now(),
    );
    expect(unread.status, JSON.stringify(unread.body)).toBe(202);

    expect(await t.gw.retention.runOnce()).toEqual([]);
    clock.advance(2 * DAY - 60_000);
    expect(await t.gw.retention.runOnce()).toEqual([]);
    expect(await payloadBytes(acked.body.id as string)).toBeGreaterThan(0);

    clock.advance(120_000);
    expect(await t.gw.retention.runOnce()).toEqual([acked.body.id]);
    expect(await payloadBytes(acked.body.id as string)).toBe(0);
    // The envelope and the signed receipts stay: the sender still sees what happened.
    const status = await call(t, 'GET', `/v1/messages/${acked.body.id}/status`, police.token);
    expect(status.body.recipients[0]).toMatchObject({ status: 'acknowledged' });

    clock.advance(DAY + 60_000);
    expect(await t.gw.retention.runOnce()).toEqual([unread.body.id]);
    expect(await payloadBytes(unread.body.id as string)).toBe(0);
    // Deleted once: the next sweep finds nothing more.
    expect(await t.gw.retention.runOnce()).toEqual([]);
  });
});

describe('erasure request (dpo role)', () => {
  it('deletes what every recipient has, keeps what is still owed or in force, and logs that it did', async () => {
    const atina = await t.agency('rs.atina');
    const nis = await t.agency('rs.csw.nis');
    const person = subject(203);
    const scope = scopeFor('rs.atina', person, ['rs.csw.nis', 'rs.cptv'], clock.now());
    await recordConsent(t, atina, ['rs.csw.nis'], scope, clock.now());
    const fields = {
      type: 'nrm.service-referral',
      subject: person,
      legalBasis: 'consent',
      consentRefs: [scope.id],
      purpose: 'assistance',
      dataCategories: ['identity'],
    };
    const received = await send(t, atina, ['rs.csw.nis'], fields, clock.now());
    await pullAndAcknowledge(t, nis);
    const pending = await send(t, atina, ['rs.cptv'], fields, clock.now());
    expect(pending.status).toBe(202);

    const dpo = t.adminToken('dpo');
    const forbidden = await call(t, 'POST', '/v1/dpo/erasures', t.adminToken('auditor'), {
      subject: person,
      requestedBy: 'self',
      recordedBy: 'rs.atina',
    });
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    const invalid = await call(t, 'POST', '/v1/dpo/erasures', dpo, {
      subject: person,
      requestedBy: 'the neighbour',
      recordedBy: 'rs.atina',
    });
    expect(invalid.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'requestedBy' });

    const erased = await call(t, 'POST', '/v1/dpo/erasures', dpo, {
      subject: person,
      requestedBy: 'self',
      recordedBy: 'rs.atina',
    });
    expect(erased.status, erased.text).toBe(201);
    const deleted = (erased.body.deleted as Json[]).map((d) => `${d.item.messageId}:${d.reason}`);
    expect(deleted).toContain(`${received.body.id}:erasure-request`);
    const kept = erased.body.kept as Json[];
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          item: { kind: 'ciphertext', messageId: pending.body.id },
          reason: 'awaiting-delivery',
        }),
        expect.objectContaining({
          item: { kind: 'consent-evidence', consentId: scope.id },
          reason: 'consent-in-force',
        }),
        { item: { kind: 'transparency-log' }, reason: 'pseudonymous-log' },
      ]),
    );
    expect(await payloadBytes(received.body.id as string)).toBe(0);
    expect(await payloadBytes(pending.body.id as string)).toBeGreaterThan(0);

    const leaves = await t.gw.ctx.log.leaves();
    expect(leaves.at(-1)).toMatchObject({
      kind: 'erasure',
      subject: person,
      requestedBy: 'rs.atina',
      requestedByGiver: 'self',
      requestId: erased.body.requestId,
      deleted: (erased.body.deleted as Json[]).length,
      kept: kept.length,
    });
    // The subject access report still answers from the pseudonymous log.
    const report = await call(t, 'GET', `/v1/dpo/subject-access/${person}`, dpo);
    expect((report.body.shared as Json[]).length).toBeGreaterThanOrEqual(3);
  });

  it('a legal hold keeps everything; `nrm dpo erase --hold` records the reference', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const person = subject(204);
    const sent = await send(t, police, ['rs.cptv'], procedural(person), clock.now());
    await pullAndAcknowledge(t, cptv);
    const cli = await nrm(
      [
        'dpo',
        'erase',
        person,
        '--requested-by',
        'self',
        '--recorded-by',
        'rs.cptv',
        '--hold',
        'KTR-123/26',
        '--yes',
        '--json',
      ],
      { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: t.adminToken('dpo') },
      work,
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const outcome = JSON.parse(cli.stdout);
    expect(outcome.deleted).toEqual([]);
    expect(outcome.kept).toContainEqual({
      item: { kind: 'ciphertext', messageId: sent.body.id },
      reason: 'legal-proceedings',
      reference: 'KTR-123/26',
    });
    expect(await payloadBytes(sent.body.id as string)).toBeGreaterThan(0);
  });
});

describe('erasure preview and confirmation', () => {
  const dpoEnv = () => ({ NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: t.adminToken('dpo') });
  const eraseArgs = (person: string, ...more: string[]) => [
    'dpo',
    'erase',
    person,
    '--requested-by',
    'self',
    '--recorded-by',
    'rs.cptv',
    ...more,
  ];

  it('a dry run shows what would be deleted, kept (until when, why) and logged, and changes nothing', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    const person = subject(205);
    const received = await send(t, police, ['rs.cptv'], procedural(person), clock.now());
    await pullAndAcknowledge(t, cptv);
    const owed = await send(t, police, ['rs.prosecutor.belgrade'], procedural(person), clock.now());
    const logSize = (await t.gw.ctx.log.leaves()).length;

    const preview = await nrm(eraseArgs(person), dpoEnv(), work);
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^DRY RUN: nothing was deleted or logged/);
    expect(preview.stdout).toContain(`Would delete (1):\n  - message ${received.body.id}`);
    expect(preview.stdout).toMatch(
      new RegExp(
        `message ${owed.body.id} \\(encrypted content\\) until \\S+: a recipient has not received it yet.*\\[awaiting-delivery\\]`,
      ),
    );
    expect(preview.stdout).toContain('Would log in the transparency log: {"kind":"erasure"');
    expect(await payloadBytes(received.body.id as string)).toBeGreaterThan(0);
    expect((await t.gw.ctx.log.leaves()).length).toBe(logSize);

    // The same over HTTP: `dryRun` answers 200 with the plan and the entry it would log.
    const http = await call(t, 'POST', '/v1/dpo/erasures', t.adminToken('dpo'), {
      subject: person,
      requestedBy: 'self',
      recordedBy: 'rs.cptv',
      dryRun: true,
    });
    expect(http.status, http.text).toBe(200);
    expect(http.body).toMatchObject({
      dryRun: true,
      deleted: [{ item: { kind: 'ciphertext', messageId: received.body.id } }],
      logged: { kind: 'erasure', subject: person, deleted: 1, kept: 2 },
    });
    expect((await t.gw.ctx.log.leaves()).length).toBe(logSize);

    // A confirmation that does not repeat the pseudonym executes nothing.
    const mistyped = await nrm(eraseArgs(person, '--confirm', subject(206)), dpoEnv(), work);
    expect(mistyped.code).toBe(1);
    expect(mistyped.stderr).toMatch(/^error BAD_REQUEST: --confirm must repeat .* \(at confirm\)/);
    expect(await payloadBytes(received.body.id as string)).toBeGreaterThan(0);

    const executed = await nrm(eraseArgs(person, '--confirm', person), dpoEnv(), work);
    expect(executed.stderr).toBe('');
    expect(executed.stdout).toMatch(/^Erasure executed \(request [0-9a-f-]{36}\)/);
    expect(executed.stdout).toContain(`Deleted (1):\n  - message ${received.body.id}`);
    expect(await payloadBytes(received.body.id as string)).toBe(0);
    expect(await payloadBytes(owed.body.id as string)).toBeGreaterThan(0);
    expect((await t.gw.ctx.log.leaves()).at(-1)).toMatchObject({
      kind: 'erasure',
      subject: person,
    });
  });

  it('refuses a malformed pseudonym (SCHEMA_INVALID) and says so for one the gateway never saw (NOT_FOUND)', async () => {
    const dpo = t.adminToken('dpo');
    const body = (person: string) => ({
      subject: person,
      requestedBy: 'self',
      recordedBy: 'rs.cptv',
    });
    const malformed = await call(t, 'POST', '/v1/dpo/erasures', dpo, body('bogus'));
    expect(malformed.status).toBe(422);
    expect(malformed.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'subject' });
    const unknown = await call(t, 'POST', '/v1/dpo/erasures', dpo, {
      ...body(subject(299)),
      dryRun: true,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', path: 'subject' });
    expect(unknown.body.error.message).toContain('holds nothing about sub_0299');

    const cli = await nrm(eraseArgs('bogus', '--yes'), dpoEnv(), work);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(
      /^error SCHEMA_INVALID: "bogus" is not a subject pseudonym: .*\(at pseudonym\)\n$/,
    );
  });
});

describe('retention sweep: preview and run now (DPO)', () => {
  it('previews what is due, refuses to run without --yes, and logs the run', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    await t.gw.retention.runOnce();
    const acked = await send(t, police, ['rs.cptv'], procedural(subject(207)), clock.now());
    await pullAndAcknowledge(t, cptv);
    clock.advance(2 * DAY + 60_000);
    const env = { NRM_GATEWAY_URL: t.url, NRM_ADMIN_TOKEN: t.adminToken('dpo') };

    const preview = await nrm(['dpo', 'retention', 'preview'], env, work);
    expect(preview.stderr).toBe('');
    expect(preview.stdout).toMatch(/^Retention sweep preview at .* \(nothing was deleted\)/);
    expect(preview.stdout).toContain(`message ${acked.body.id} of ${subject(207)}`);
    expect(await payloadBytes(acked.body.id as string)).toBeGreaterThan(0);
    const http = await call(t, 'GET', '/v1/dpo/retention/preview', t.adminToken('auditor'));
    expect(http.body.due).toContainEqual(
      expect.objectContaining({ messageId: acked.body.id, heldBy: 'acknowledged-grace' }),
    );

    const unconfirmed = await nrm(['dpo', 'retention', 'run'], env, work);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/^error BAD_REQUEST: Deleting needs --yes/);
    const auditor = await call(t, 'POST', '/v1/dpo/retention/sweep', t.adminToken('auditor'), {});
    expect(auditor.body.error.code).toBe('FORBIDDEN');

    const run = await nrm(['dpo', 'retention', 'run', '--yes', '--json'], env, work);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).deleted).toContain(acked.body.id);
    expect(await payloadBytes(acked.body.id as string)).toBe(0);
    expect((await t.gw.ctx.log.leaves()).at(-1)).toMatchObject({
      kind: 'retention-sweep',
      trigger: 'dpo',
      messageIds: expect.arrayContaining([acked.body.id]),
    });
    // Run again: nothing due, still logged because the DPO ran it.
    const again = await call(t, 'POST', '/v1/dpo/retention/sweep', t.adminToken('dpo'), {});
    expect(again.body.deleted).toEqual([]);
    expect((await t.gw.ctx.log.leaves()).at(-1)).toMatchObject({
      kind: 'retention-sweep',
      trigger: 'dpo',
      deleted: 0,
    });
  });
});

describe('an erasure in the later subject access report', () => {
  it('says when, who asked, what was erased and what was kept, until when and why', async () => {
    const atina = await t.agency('rs.atina');
    const nis = await t.agency('rs.csw.nis');
    const person = subject(208);
    const scope = scopeFor('rs.atina', person, ['rs.csw.nis', 'rs.cptv'], clock.now());
    await recordConsent(t, atina, ['rs.csw.nis'], scope, clock.now());
    const fields = {
      type: 'nrm.service-referral',
      subject: person,
      legalBasis: 'consent',
      consentRefs: [scope.id],
      purpose: 'assistance',
      dataCategories: ['identity'],
    };
    await send(t, atina, ['rs.csw.nis'], fields, clock.now());
    await pullAndAcknowledge(t, nis);
    await send(t, atina, ['rs.cptv'], fields, clock.now());
    const dpo = t.adminToken('dpo');
    const before = await call(t, 'GET', `/v1/dpo/subject-access/${person}`, dpo);
    expect(before.body.erasures).toEqual([]);

    const erased = await call(t, 'POST', '/v1/dpo/erasures', dpo, {
      subject: person,
      requestedBy: 'self',
      recordedBy: 'rs.atina',
    });
    expect(erased.status, erased.text).toBe(201);
    clock.advance(60_000);

    const report = await call(t, 'GET', `/v1/dpo/subject-access/${person}`, dpo);
    expect(report.body.erasures).toEqual([
      {
        requestId: erased.body.requestId,
        at: expect.any(String),
        requestedBy: 'self',
        recordedBy: expect.objectContaining({ id: 'rs.atina' }),
        deleted: { ciphertext: 2, consentEvidence: 0 },
        kept: expect.arrayContaining([
          expect.objectContaining({ item: 'ciphertext', reason: 'awaiting-delivery', count: 1 }),
          { item: 'consent-evidence', reason: 'consent-in-force', count: 1 },
          { item: 'transparency-log', reason: 'pseudonymous-log', count: 1 },
        ]),
      },
    ]);
    const text = await fetch(`${t.url}/v1/dpo/subject-access/${person}?format=text`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    const body = await text.text();
    expect(body).toContain('Erasure of your data');
    expect(body).toMatch(/Requested by: +you yourself/);
    expect(body).toMatch(/Erased: +Encrypted content of messages: 2/);
    expect(body).toMatch(
      /Kept: +Encrypted content of messages: 1 \(until .*\) — A recipient had not received it yet/,
    );
    expect(body).toContain('Your consent is still in force; withdraw it to have the form erased');
  });
});
