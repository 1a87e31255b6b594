import { z } from 'zod';
import type { ConsentRecord, ConsentWithdrawal } from '../consent/consent-record.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { addDays } from '../time.js';

/**
 * How long the gateway keeps what it stores. Data, versioned like the
 * lawful-basis policy, so an erasure log entry can say which policy it applied.
 */
export const RetentionPolicy = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  /** Ciphertext stays this long after the recipient's signed receipt, for a re-download. */
  ciphertextDaysAfterAcknowledgement: z.number().int().min(0).max(3650),
  /**
   * A delivery held back by a withdrawal or a lapsed consent is evidence the data
   * protection officer may need: kept this long after it was withheld (at least to expiry).
   */
  withheldEvidenceDays: z.number().int().min(0).max(3650),
  /** The consent's scope and signed form prove past disclosures lawful this long after it ended. */
  consentEvidenceDaysAfterEnd: z.number().int().min(0).max(3650),
  /**
   * The transparency log is append-only (a Merkle tree): entries are never deleted, which is
   * why they may hold pseudonymous facts only. Stated here so the rule is visible as data.
   */
  log: z.literal('never-deleted-pseudonymous-only'),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

/** Defaults: a month to re-fetch, a quarter for the DPO, a year to answer a complaint. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = RetentionPolicy.parse({
  id: 'nrm-retention',
  version: 1,
  ciphertextDaysAfterAcknowledgement: 30,
  withheldEvidenceDays: 90,
  consentEvidenceDaysAfterEnd: 365,
  log: 'never-deleted-pseudonymous-only',
});

/** A stored message as retention sees it: who it is about and when it expires, never content. */
export const RetainedMessage = z.object({
  id: z.uuid(),
  subject: SubjectPseudonym,
  acceptedAt: Instant,
  expiresAt: Instant,
});
export type RetainedMessage = z.infer<typeof RetainedMessage>;

/** Delivery states of DESIGN.md "Delivery". */
export const DELIVERY_STATUSES = [
  'accepted',
  'delivered',
  'acknowledged',
  'withheld',
  'expired',
  'dead-lettered',
] as const;
export const DeliveryStatus = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/** One recipient's delivery of a message, mirroring the gateway's delivery row. */
export const RetainedDelivery = z
  .object({
    messageId: z.uuid(),
    recipient: AgencyId,
    status: DeliveryStatus,
    /** When the status was last set. */
    statusAt: Instant,
    acknowledgedAt: Instant.optional(),
  })
  .refine((d) => (d.status === 'acknowledged') === (d.acknowledgedAt !== undefined), {
    message: 'an acknowledged delivery, and only one, carries acknowledgedAt',
    path: ['acknowledgedAt'],
  });
export type RetainedDelivery = z.infer<typeof RetainedDelivery>;

/** Why a piece of ciphertext is still needed until a given instant. */
export type CiphertextHold = 'acknowledged-grace' | 'awaiting-delivery' | 'withheld-evidence';

export interface CiphertextRetention {
  /** From this instant the ciphertext may go. */
  readonly deletableAt: string;
  /** The delivery that keeps it longest, and why. */
  readonly heldBy: CiphertextHold;
}

/** Instants are compared and returned in one form (UTC, milliseconds), whatever offset came in. */
const iso = (t: string): string => new Date(Date.parse(t)).toISOString();
const later = (a: string, b: string): string => iso(Date.parse(a) >= Date.parse(b) ? a : b);

/** How long one recipient's delivery needs the ciphertext. */
export function deliveryHold(
  delivery: RetainedDelivery,
  message: RetainedMessage,
  policy: RetentionPolicy,
): CiphertextRetention {
  switch (delivery.status) {
    case 'acknowledged':
      return {
        deletableAt: addDays(
          delivery.acknowledgedAt ?? delivery.statusAt,
          policy.ciphertextDaysAfterAcknowledgement,
        ),
        heldBy: 'acknowledged-grace',
      };
    case 'withheld':
      return {
        deletableAt: later(
          message.expiresAt,
          addDays(delivery.statusAt, policy.withheldEvidenceDays),
        ),
        heldBy: 'withheld-evidence',
      };
    // Not yet received (or waiting for an operator's redelivery): kept until the message expires.
    case 'accepted':
    case 'delivered':
    case 'dead-lettered':
    case 'expired':
      return { deletableAt: iso(message.expiresAt), heldBy: 'awaiting-delivery' };
  }
}

/**
 * When a message's ciphertext may be deleted: the gateway stores one ciphertext per message
 * (encrypted to every recipient), so it goes when the last recipient no longer needs it.
 * Without any delivery row it is kept until expiry.
 */
export function ciphertextDeletableAt(
  message: RetainedMessage,
  deliveries: readonly RetainedDelivery[],
  policy: RetentionPolicy,
): CiphertextRetention {
  const own = deliveries.filter((d) => d.messageId === message.id);
  let result: CiphertextRetention = {
    deletableAt: iso(message.expiresAt),
    heldBy: 'awaiting-delivery',
  };
  for (const [i, d] of own.entries()) {
    const hold = deliveryHold(d, message, policy);
    if (i === 0 || Date.parse(hold.deletableAt) > Date.parse(result.deletableAt)) {
      result = hold;
    }
  }
  return result;
}

/**
 * When a consent's evidence (scope and signed form) may be deleted: a set time after the
 * consent ended by expiry or withdrawal, whichever came first. `undefined` while it has no
 * end: a consent valid until withdrawn is kept as long as it is in force.
 */
export function consentEvidenceDeletableAt(
  consent: ConsentRecord,
  withdrawals: readonly ConsentWithdrawal[],
  policy: RetentionPolicy,
): string | undefined {
  const ends = [
    ...(consent.validUntil === undefined ? [] : [consent.validUntil]),
    ...withdrawals.filter((w) => w.consentId === consent.id).map((w) => w.withdrawnAt),
  ].sort((a, b) => Date.parse(a) - Date.parse(b));
  const end = ends[0];
  return end === undefined ? undefined : addDays(end, policy.consentEvidenceDaysAfterEnd);
}
