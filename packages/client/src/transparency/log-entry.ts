import {
  AgencyId,
  AgencyKind,
  ConsentGiver,
  DataCategory,
  Instant,
  LawfulBasis,
  Purpose,
  SubjectPseudonym,
} from '@nrm/domain';
import { z } from 'zod';

// Only pseudonymous facts: ids, pseudonyms, vocabulary values and codes. Every object is
// strict and no field takes free text, so a name or a narrative cannot slip into the log.

/** A stable machine code (`CONSENT_MISSING`, `consent-withdrawn`, `policy.rule-7`). */
export const ReasonCode = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9._-]{0,79}$/, 'a reason is a machine code, not free text');

/** An OpenPGP fingerprint: 40 (v4) or 64 (v6) lower-case hex digits. */
export const KeyFingerprint = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/);

/** A message id as the gateway assigns it (UUID). */
export const MessageId = z.uuid();

// Sets are sorted and de-duplicated so the same facts always give the same leaf bytes.
const setOf = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .min(1)
    .transform((values) => [...new Set(values)].sort());

const base = { at: Instant };

/** A wire message type (`nrm.referral`): a vocabulary value, never free text. */
const MessageType = z.string().regex(/^nrm\.[a-z]+(-[a-z]+)*$/, 'a message type is "nrm.<words>"');

const disclosure = {
  ...base,
  messageId: MessageId,
  subject: SubjectPseudonym,
  from: AgencyId,
  to: AgencyId,
  purpose: Purpose,
  categories: setOf(DataCategory),
  policyVersion: z.int().min(0),
  // Optional so leaves written before they existed stay valid: what the subject access
  // report needs to name the message and the exact basis (consent id or policy rule).
  messageType: MessageType.optional(),
  consentId: MessageId.optional(),
  rule: ReasonCode.optional(),
};

/** One transparency log entry: a consent, disclosure, delivery, key, policy, erasure or retention fact. */
export const LogEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('consent-granted'),
    ...base,
    messageId: MessageId,
    subject: SubjectPseudonym,
    from: AgencyId,
    recipients: setOf(AgencyId).optional(),
    /** Recipients named by kind ("any CSW"), as the consent scope states them. */
    recipientKinds: setOf(AgencyKind).optional(),
    purposes: setOf(Purpose),
    categories: setOf(DataCategory),
    validUntil: Instant.optional(),
    consentId: MessageId.optional(),
    givenBy: ConsentGiver.optional(),
  }),
  z.strictObject({
    kind: z.literal('consent-withdrawn'),
    ...base,
    messageId: MessageId,
    consentId: MessageId,
    subject: SubjectPseudonym,
    from: AgencyId,
  }),
  z.strictObject({
    kind: z.literal('disclosure-allowed'),
    ...disclosure,
    basis: LawfulBasis,
    reason: ReasonCode.optional(),
  }),
  z.strictObject({ kind: z.literal('disclosure-denied'), ...disclosure, reason: ReasonCode }),
  z.strictObject({
    kind: z.literal('delivery-withheld'),
    ...base,
    messageId: MessageId,
    subject: SubjectPseudonym,
    to: AgencyId,
    reason: ReasonCode,
  }),
  z.strictObject({
    // The recipient refused the message it received (a failed check); `reason` is its code.
    kind: z.literal('delivery-rejected'),
    ...base,
    messageId: MessageId,
    subject: SubjectPseudonym,
    to: AgencyId,
    reason: ReasonCode,
  }),
  z.strictObject({
    kind: z.literal('key-registered'),
    ...base,
    agency: AgencyId,
    fingerprint: KeyFingerprint,
  }),
  z.strictObject({
    kind: z.literal('key-rotated'),
    ...base,
    agency: AgencyId,
    fingerprint: KeyFingerprint,
    previousFingerprint: KeyFingerprint,
  }),
  z.strictObject({
    kind: z.literal('key-revoked'),
    ...base,
    agency: AgencyId,
    fingerprint: KeyFingerprint,
    reason: ReasonCode,
  }),
  z.strictObject({
    kind: z.literal('policy-changed'),
    ...base,
    policy: ReasonCode,
    policyVersion: z.int().min(0),
    digest: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the policy document, hex'),
  }),
  z.strictObject({
    kind: z.literal('erasure'),
    ...base,
    subject: SubjectPseudonym,
    requestedBy: AgencyId,
    categories: setOf(DataCategory).optional(),
    reason: ReasonCode,
    requestId: MessageId.optional(),
    /** Who asked: the person, or who acts for them. */
    requestedByGiver: ConsentGiver.optional(),
    /** How many stored items were deleted and kept (the items are ids, not needed here). */
    deleted: z.int().min(0).optional(),
    kept: z.int().min(0).optional(),
  }),
  z.strictObject({
    // The retention sweep deleted expired ciphertext (or the DPO ran it and it found none).
    kind: z.literal('retention-sweep'),
    ...base,
    trigger: z.enum(['schedule', 'dpo']),
    deleted: z.int().min(0),
    messageIds: setOf(MessageId).optional(),
  }),
]);
/** A parsed log entry. */
export type LogEntry = z.output<typeof LogEntry>;
/** What callers pass to append: plain strings are accepted and validated. */
export type LogEntryInput = z.input<typeof LogEntry>;
/** The entry kinds. */
export type LogEntryKind = LogEntry['kind'];

/** A stored leaf: the entry with its position, so a moved or dropped entry is visible. */
export type LogLeaf = LogEntry & { seq: number };

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members
 * dropped. Only what log entries contain (strings, safe integers, arrays, objects) is allowed.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new TypeError('Canonical JSON allows only safe integers.');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`Canonical JSON cannot encode a ${typeof value}.`);
}

/** Validate `entry` and give the canonical leaf text for position `seq`. */
export function encodeLeaf(seq: number, entry: LogEntryInput): string {
  const parsed = LogEntry.parse(entry);
  return canonicalJson({ ...parsed, seq });
}

/** The UTF-8 bytes that are hashed into the leaf. */
export function leafBytes(leafText: string): Uint8Array {
  return new TextEncoder().encode(leafText);
}

/** Why stored leaf text is not a valid leaf. */
export type LeafProblem = 'not-json' | 'not-canonical' | 'schema';

/** Parse stored leaf text; a leaf must be valid and exactly in canonical form. */
export function decodeLeaf(
  leafText: string,
): { ok: true; leaf: LogLeaf } | { ok: false; problem: LeafProblem; detail: string } {
  let json: unknown;
  try {
    json = JSON.parse(leafText);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: (error as Error).message };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: 'schema', detail: 'a leaf is a JSON object' };
  }
  const { seq, ...rest } = json as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    return { ok: false, problem: 'schema', detail: 'seq must be a non-negative integer' };
  }
  const parsed = LogEntry.safeParse(rest);
  if (!parsed.success) {
    return { ok: false, problem: 'schema', detail: parsed.error.issues[0]?.message ?? 'invalid' };
  }
  if (canonicalJson({ ...parsed.data, seq }) !== leafText) {
    return { ok: false, problem: 'not-canonical', detail: 'the leaf is not in canonical form' };
  }
  return { ok: true, leaf: { ...parsed.data, seq } };
}

/** The message an entry is about (stored in its own indexed column), or null. */
export function messageIdOf(entry: LogEntryInput): string | null {
  return 'messageId' in entry && typeof entry.messageId === 'string' ? entry.messageId : null;
}
