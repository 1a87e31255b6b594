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
  const row = await t.gw.ctx.db
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
