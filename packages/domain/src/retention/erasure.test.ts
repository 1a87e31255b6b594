import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsentRecord } from '../consent/consent-record.js';
import type { ConsentWithdrawal } from '../consent/consent-record.js';
import type { AgencyId, SubjectPseudonym } from '../ids.js';
import { addDays } from '../time.js';
import type { ErasureInput, ErasurePlan, ErasureRequest, StoredItem } from './erasure.js';
import { ErasureLogEntry, planErasure } from './erasure.js';
import type { RetainedDelivery, RetainedMessage } from './retention-policy.js';
import { DEFAULT_RETENTION_POLICY as POLICY } from './retention-policy.js';

const SUBJECT = 'sub_OlderBrother00000014' as SubjectPseudonym;
const OTHER = 'sub_YoungerBrother000008' as SubjectPseudonym;
const AT = '2026-06-01T12:00:00.000Z';
const ago = (days: number): string => addDays(AT, -days);

const REQUEST: ErasureRequest = {
  id: '0196f100-0000-7000-8000-000000000001',
  subject: SUBJECT,
  requestedBy: 'guardian',
  receivedAt: ago(1),
  recordedBy: 'rs.csw.belgrade' as AgencyId,
};

const msgId = (n: number): string => `0196f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const message = (n: number, acceptedDaysAgo: number, subject = SUBJECT): RetainedMessage => ({
  id: msgId(n),
  subject,
  acceptedAt: ago(acceptedDaysAgo),
  expiresAt: addDays(ago(acceptedDaysAgo), 30),
});
const row = (n: number, over: Partial<RetainedDelivery>): RetainedDelivery => ({
  messageId: msgId(n),
  recipient: 'rs.cptv' as AgencyId,
  status: 'acknowledged',
  statusAt: ago(0),
  ...over,
});
const ack = (n: number, daysAgo: number, recipient = 'rs.cptv'): RetainedDelivery =>
  row(n, {
    status: 'acknowledged',
    statusAt: ago(daysAgo),
    acknowledgedAt: ago(daysAgo),
    recipient: recipient as AgencyId,
  });

const consent = (n: number, over: Partial<ConsentRecord> = {}): ConsentRecord =>
  ConsentRecord.parse({
    id: `0190a6f1-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    subject: SUBJECT,
    controller: 'rs.csw.belgrade',
    givenBy: 'guardian',
    recipients: [{ by: 'agency', agency: 'rs.cptv' }],
    purposes: ['identification'],
    categories: ['identity'],
    validFrom: '2024-01-01T00:00:00Z',
    language: 'sr',
    formVersion: 'rs-2026-1',
    obtainedAt: '2024-01-01T00:00:00Z',
    ...over,
  });
const withdrawal = (c: ConsentRecord, at: string): ConsentWithdrawal => ({
  consentId: c.id,
  withdrawnAt: at,
  withdrawnBy: 'guardian',
  recordedBy: 'rs.csw.belgrade' as AgencyId,
});

const IN_FORCE = consent(1);
const WITHDRAWN = consent(2);
const LONG_EXPIRED = consent(3, { validUntil: '2024-06-01T00:00:00Z' });
const WITHDRAWN_LATER = consent(4);
const OTHERS_CONSENT = consent(5, { subject: OTHER });

/** One message per reason, plus another subject's message that must never be touched. */
const BASE: ErasureInput = {
  request: REQUEST,
  messages: [
    message(1, 80), // acknowledged 70 days ago: retention elapsed
    message(2, 5), // acknowledged by all 2 days ago: the grace yields to the request
    message(3, 5), // one recipient has not fetched it yet, not expired
    message(4, 20), // withheld after a withdrawal 10 days ago
    message(5, 200), // expired undelivered long ago
    message(6, 5, OTHER),
  ],
  deliveries: [
    ack(1, 70),
    ack(2, 2),
    ack(2, 2, 'rs.csw.belgrade'),
    ack(3, 2),
    row(3, { status: 'delivered', recipient: 'rs.csw.belgrade' as AgencyId, statusAt: ago(2) }),
    row(4, { status: 'withheld', statusAt: ago(10) }),
    row(5, { status: 'expired', statusAt: ago(170) }),
    ack(6, 1),
  ],
  consents: [IN_FORCE, WITHDRAWN, LONG_EXPIRED, WITHDRAWN_LATER, OTHERS_CONSENT],
  withdrawals: [withdrawal(WITHDRAWN, ago(10)), withdrawal(WITHDRAWN_LATER, addDays(AT, 3))],
  at: AT,
  policy: POLICY,
};

const plan = (over: Partial<ErasureInput> = {}): ErasurePlan => {
  const r = planErasure({ ...BASE, ...over });
  if (!r.ok) {
    throw new Error(r.error.map((v) => v.message).join('; '));
  }
  return r.value;
};
const key = (i: StoredItem): string =>
  i.kind === 'ciphertext'
    ? `ciphertext ${i.messageId}`
    : i.kind === 'consent-evidence'
      ? `consent ${i.consentId}`
      : i.kind;

describe('planErasure: each reason to delete or keep', () => {
  const p = plan();
  const reasons = Object.fromEntries([
    ...p.delete.map((d) => [key(d.item), `delete: ${d.reason}`]),
    ...p.keep.map((k) => [
      key(k.item),
      `keep: ${k.reason}${k.until === undefined ? '' : ` until ${k.until}`}`,
    ]),
  ]);

  it('deletes ciphertext whose retention elapsed, or whose recipients all have it', () => {
    expect(reasons[`ciphertext ${msgId(1)}`]).toBe('delete: retention-elapsed');
    expect(reasons[`ciphertext ${msgId(5)}`]).toBe('delete: retention-elapsed');
    expect(reasons[`ciphertext ${msgId(2)}`]).toBe('delete: erasure-request');
  });

  it('keeps ciphertext a recipient still awaits, and withheld evidence for the DPO', () => {
    expect(reasons[`ciphertext ${msgId(3)}`]).toBe(
      `keep: awaiting-delivery until ${message(3, 5).expiresAt}`,
    );
    expect(reasons[`ciphertext ${msgId(4)}`]).toBe(
      `keep: withheld-evidence until ${addDays(ago(10), 90)}`,
    );
  });

  it('keeps consent evidence in force or within its period, deletes what is long over', () => {
    expect(reasons[`consent ${IN_FORCE.id}`]).toBe('keep: consent-in-force');
    // A withdrawal dated after `at` is not yet a fact.
    expect(reasons[`consent ${WITHDRAWN_LATER.id}`]).toBe('keep: consent-in-force');
    expect(reasons[`consent ${WITHDRAWN.id}`]).toBe(
      `keep: consent-evidence-period until ${addDays(ago(10), 365)}`,
    );
    expect(reasons[`consent ${LONG_EXPIRED.id}`]).toBe('delete: retention-elapsed');
  });

  it('always keeps the pseudonymous transparency log', () => {
    expect(reasons['transparency-log']).toBe('keep: pseudonymous-log');
  });

  it('never touches another subject', () => {
    expect(reasons[`ciphertext ${msgId(6)}`]).toBeUndefined();
    expect(reasons[`consent ${OTHERS_CONSENT.id}`]).toBeUndefined();
    expect(JSON.stringify(p)).not.toContain(OTHER);
  });

  it('records the erasure as pseudonymous facts for the log', () => {
    const entry = ErasureLogEntry.parse(p.logEntry);
    expect(entry).toMatchObject({
      kind: 'erasure',
      requestId: REQUEST.id,
      subject: SUBJECT,
      requestedBy: 'guardian',
      recordedBy: 'rs.csw.belgrade',
      at: AT,
      policy: { id: 'nrm-retention', version: 1 },
    });
    expect(entry.deleted).toEqual(p.delete);
    expect(entry.kept).toEqual(p.keep);
    expect(Object.keys(entry).sort()).toEqual([
      'at',
      'deleted',
      'kept',
      'kind',
      'policy',
      'receivedAt',
      'recordedBy',
      'requestId',
      'requestedBy',
      'subject',
    ]);
  });
});

describe('planErasure: legal hold', () => {
  const ongoing = { reference: 'case_BelgradeTheft000001', subject: SUBJECT, since: ago(30) };

  it('keeps every ciphertext and consent evidence while proceedings are pending', () => {
    const p = plan({ pendingProceedings: [ongoing] });
    expect(p.delete).toEqual([]);
    const held = p.keep.filter((k) => k.reason === 'legal-proceedings');
    expect(held).toHaveLength(5 + 4);
    expect(held.every((k) => k.reference === ongoing.reference)).toBe(true);
    expect(p.keep.at(-1)).toEqual({
      item: { kind: 'transparency-log' },
      reason: 'pseudonymous-log',
    });
  });

  it('ignores proceedings that ended, have not begun, or concern someone else', () => {
    const free = plan();
    for (const proceeding of [
      { ...ongoing, until: ago(1) },
      { ...ongoing, since: addDays(AT, 1) },
      { ...ongoing, subject: OTHER },
    ]) {
      expect(plan({ pendingProceedings: [proceeding] })).toEqual(free);
    }
  });
});

describe('planErasure: refused input', () => {
  it('refuses to plan before the request was received', () => {
    const r = planErasure({ ...BASE, at: ago(2) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'ERASURE_REQUEST_INVALID', path: ['at'] });
  });

  it('refuses a message of the subject without any delivery row', () => {
    const r = planErasure({ ...BASE, messages: [...BASE.messages, message(7, 3)] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual([
      expect.objectContaining({ code: 'ERASURE_REQUEST_INVALID', path: ['messages', 6] }),
    ]);
    // Another subject's message without deliveries is none of this plan's business.
    expect(planErasure({ ...BASE, messages: [...BASE.messages, message(7, 3, OTHER)] }).ok).toBe(
      true,
    );
  });
});

describe('planErasure: properties', () => {
  const statuses = [
    'accepted',
    'delivered',
    'acknowledged',
    'withheld',
    'expired',
    'dead-lettered',
  ] as const;
  const arbitraryRow = fc.record({
    n: fc.integer({ min: 1, max: 6 }),
    status: fc.constantFrom(...statuses),
    daysAgo: fc.integer({ min: 0, max: 400 }),
  });

  it('lists every item of the subject exactly once; deletes nothing a recipient awaits or the DPO may need', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (rows, hold) => {
          const deliveries = rows.map(({ n, status, daysAgo }) =>
            row(n, {
              status,
              statusAt: ago(daysAgo),
              ...(status === 'acknowledged' ? { acknowledgedAt: ago(daysAgo) } : {}),
            }),
          );
          const used = [...new Set(rows.map((r) => r.n))];
          const messages = used.map((n) => message(n, 10 * n, n === 6 ? OTHER : SUBJECT));
          const r = planErasure({
            ...BASE,
            messages,
            deliveries,
            ...(hold
              ? { pendingProceedings: [{ reference: 'x', subject: SUBJECT, since: ago(1) }] }
              : {}),
          });
          expect(r.ok).toBe(true);
          if (!r.ok) {
            return;
          }
          const listed = [...r.value.delete, ...r.value.keep].map((x) => key(x.item)).sort();
          const expected = [
            ...messages.filter((m) => m.subject === SUBJECT).map((m) => `ciphertext ${m.id}`),
            ...[IN_FORCE, WITHDRAWN, LONG_EXPIRED, WITHDRAWN_LATER].map((c) => `consent ${c.id}`),
            'transparency-log',
          ].sort();
          expect(listed).toEqual(expected);
          if (hold) {
            expect(r.value.delete).toEqual([]);
          }
          for (const d of r.value.delete) {
            if (d.item.kind !== 'ciphertext') {
              continue;
            }
            const id = d.item.messageId;
            const m = messages.find((x) => x.id === id);
            const open = deliveries.filter(
              (x) =>
                x.messageId === m?.id &&
                ((['accepted', 'delivered', 'dead-lettered'].includes(x.status) &&
                  Date.parse(m.expiresAt) > Date.parse(AT)) ||
                  (x.status === 'withheld' &&
                    Date.parse(addDays(x.statusAt, POLICY.withheldEvidenceDays)) > Date.parse(AT))),
            );
            expect(open).toEqual([]);
          }
        },
      ),
    );
  });
});
