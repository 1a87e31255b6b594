import { z } from 'zod';
import { ConsentId } from '../consent/consent-record.js';
import type { ConsentRecord, ConsentWithdrawal } from '../consent/consent-record.js';
import { ConsentGiver } from '../data-protection/vocabulary.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import type { Result, RuleViolation } from '../result.js';
import { err, ok, violation } from '../result.js';
import type { RetainedDelivery, RetainedMessage, RetentionPolicy } from './retention-policy.js';
import {
  ciphertextDeletableAt,
  consentEvidenceDeletableAt,
  deliveryHold,
} from './retention-policy.js';

/** A person's (or their guardian's) request to erase what the exchange holds about them. */
export const ErasureRequest = z.object({
  id: z.uuid(),
  subject: SubjectPseudonym,
  requestedBy: ConsentGiver,
  receivedAt: Instant,
  /** The agency (or the gateway operator's DPO) that recorded the request. */
  recordedBy: AgencyId,
});
export type ErasureRequest = z.infer<typeof ErasureRequest>;

/** Proceedings under way about the subject: everything about them is on legal hold. */
export const PendingProceeding = z.object({
  /** A pseudonymous reference (case pseudonym or court register number), never a name. */
  reference: z.string().min(1).max(100),
  subject: SubjectPseudonym,
  since: Instant,
  /** Absent while the proceedings are ongoing. */
  until: Instant.optional(),
});
export type PendingProceeding = z.infer<typeof PendingProceeding>;

/** What the gateway stores about a subject, by the kind of thing it is. */
export const StoredItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ciphertext'), messageId: z.uuid() }),
  z.object({ kind: z.literal('consent-evidence'), consentId: ConsentId }),
  z.object({ kind: z.literal('transparency-log') }),
]);
export type StoredItem = z.infer<typeof StoredItem>;

export const DELETE_REASONS = ['retention-elapsed', 'erasure-request'] as const;
export const KEEP_REASONS = [
  'legal-proceedings', // legal hold while proceedings about the subject are pending
  'withheld-evidence', // a withheld delivery the data protection officer may need to examine
  'awaiting-delivery', // a recipient has not yet received it and the message has not expired
  'consent-in-force', // the consent still carries disclosures: withdraw it first
  'consent-evidence-period', // proves past disclosures lawful for a set time after it ended
  'pseudonymous-log', // the append-only transparency log holds only pseudonymous facts
] as const;

export const ErasureDeletion = z.object({ item: StoredItem, reason: z.enum(DELETE_REASONS) });
export type ErasureDeletion = z.infer<typeof ErasureDeletion>;

export const ErasureRetention = z.object({
  item: StoredItem,
  reason: z.enum(KEEP_REASONS),
  /** Until when, when the reason has a known end; a new request or the routine sweep may delete it then. */
  until: Instant.optional(),
  /** For a legal hold: the pseudonymous reference of the proceedings. */
  reference: z.string().min(1).max(100).optional(),
});
export type ErasureRetention = z.infer<typeof ErasureRetention>;

/**
 * The facts the transparency log records about an erasure: ids and reasons only, so the
 * log may keep them forever without undoing the erasure.
 */
export const ErasureLogEntry = z.object({
  kind: z.literal('erasure'),
  requestId: z.uuid(),
  subject: SubjectPseudonym,
  requestedBy: ConsentGiver,
  recordedBy: AgencyId,
  receivedAt: Instant,
  at: Instant,
  policy: z.object({ id: z.string(), version: z.number().int().positive() }),
  deleted: z.array(ErasureDeletion),
  kept: z.array(ErasureRetention),
});
export type ErasureLogEntry = z.infer<typeof ErasureLogEntry>;

export interface ErasurePlan {
  /** Delete these now. */
  readonly delete: readonly ErasureDeletion[];
  /** Keep these, each with its reason. */
  readonly keep: readonly ErasureRetention[];
  /** Append this to the transparency log once the deletions are done. */
  readonly logEntry: ErasureLogEntry;
}

export interface ErasureInput {
  readonly request: ErasureRequest;
  /** May hold other subjects' messages: only the requester's are planned. */
  readonly messages: readonly RetainedMessage[];
  readonly deliveries: readonly RetainedDelivery[];
  readonly consents: readonly ConsentRecord[];
  readonly withdrawals: readonly ConsentWithdrawal[];
  readonly pendingProceedings?: readonly PendingProceeding[];
  readonly at: string;
  readonly policy: RetentionPolicy;
}

const due = (instant: string, at: string): boolean => Date.parse(instant) <= Date.parse(at);

function check(input: ErasureInput): readonly RuleViolation[] {
  const { request, at } = input;
  const found: RuleViolation[] = [];
  if (Date.parse(at) < Date.parse(request.receivedAt)) {
    found.push(
      violation(
        'ERASURE_REQUEST_INVALID',
        `an erasure cannot be planned at ${at}, before the request was received at ${request.receivedAt}`,
        ['at'],
      ),
    );
  }
  input.messages.forEach((m, i) => {
    if (m.subject === request.subject && !input.deliveries.some((d) => d.messageId === m.id)) {
      found.push(
        violation(
          'ERASURE_REQUEST_INVALID',
          `message ${m.id} has no delivery row: whether its recipients still need it is unknown`,
          ['messages', i],
        ),
      );
    }
  });
  return found;
}

/**
 * Plans an erasure request: what may be deleted now, what must be kept
 * and why, and the log entry that records it. Pure: the caller deletes, then appends the
 * entry. Time is `at`; nothing about another subject is touched.
 */
export function planErasure(input: ErasureInput): Result<ErasurePlan, readonly RuleViolation[]> {
  const problems = check(input);
  if (problems.length > 0) {
    return err(problems);
  }
  const { request, at, policy } = input;
  const subject = request.subject;
  const hold = (input.pendingProceedings ?? []).find(
    (p) =>
      p.subject === subject && due(p.since, at) && (p.until === undefined || !due(p.until, at)),
  );
  const deleted: ErasureDeletion[] = [];
  const kept: ErasureRetention[] = [];

  const messages = input.messages
    .filter((m) => m.subject === subject)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const m of messages) {
    const item = { kind: 'ciphertext', messageId: m.id } as const;
    const retention = ciphertextDeletableAt(m, input.deliveries, policy);
    // A recipient that still needs it (or the DPO's evidence) binds; a grace period does not.
    const binding = input.deliveries
      .filter((d) => d.messageId === m.id)
      .map((d) => deliveryHold(d, m, policy))
      .filter((h) => h.heldBy !== 'acknowledged-grace' && !due(h.deletableAt, at))
      .sort(
        (a, b) =>
          Number(b.heldBy === 'withheld-evidence') - Number(a.heldBy === 'withheld-evidence') ||
          Date.parse(b.deletableAt) - Date.parse(a.deletableAt),
      )[0];
    if (hold !== undefined) {
      kept.push({ item, reason: 'legal-proceedings', reference: hold.reference });
    } else if (due(retention.deletableAt, at)) {
      deleted.push({ item, reason: 'retention-elapsed' });
    } else if (binding === undefined) {
      // Every recipient has it: the re-download grace yields to the person's request.
      deleted.push({ item, reason: 'erasure-request' });
    } else {
      const reason = binding.heldBy === 'withheld-evidence' ? binding.heldBy : 'awaiting-delivery';
      kept.push({ item, reason, until: binding.deletableAt });
    }
  }

  const consents = input.consents
    .filter((c) => c.subject === subject)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of consents) {
    const item = { kind: 'consent-evidence', consentId: c.id } as const;
    // Only withdrawals already made count: a future one is not yet a fact at `at`.
    const withdrawals = input.withdrawals.filter((w) => due(w.withdrawnAt, at));
    const deletableAt = consentEvidenceDeletableAt(c, withdrawals, policy);
    const ended =
      withdrawals.some((w) => w.consentId === c.id) ||
      (c.validUntil !== undefined && due(c.validUntil, at));
    if (hold !== undefined) {
      kept.push({ item, reason: 'legal-proceedings', reference: hold.reference });
    } else if (!ended || deletableAt === undefined) {
      kept.push({ item, reason: 'consent-in-force' });
    } else if (due(deletableAt, at)) {
      deleted.push({ item, reason: 'retention-elapsed' });
    } else {
      kept.push({ item, reason: 'consent-evidence-period', until: deletableAt });
    }
  }
  kept.push({ item: { kind: 'transparency-log' }, reason: 'pseudonymous-log' });

  const logEntry: ErasureLogEntry = {
    kind: 'erasure',
    requestId: request.id,
    subject,
    requestedBy: request.requestedBy,
    recordedBy: request.recordedBy,
    receivedAt: request.receivedAt,
    at,
    policy: { id: policy.id, version: policy.version },
    deleted,
    kept,
  };
  return ok({ delete: deleted, keep: kept, logEntry });
}
