import { randomUUID } from 'node:crypto';
import {
  AgencyId,
  ConsentGiver,
  Instant,
  planErasure,
  SubjectPseudonym,
  type ErasurePlan,
} from '@nrm/domain';
import { z } from 'zod';
import { isKnownSubject, unknownSubject } from '../dpo/known-subject.js';
import { GatewayError } from '@nrm/client/errors';
import type { GatewayContext } from '../context/gateway-context.js';
import type { LogEntryInput } from '@nrm/client/transparency';

/** An erasure request as the DPO enters it. */
export const ErasureInput = z.strictObject({
  subject: SubjectPseudonym,
  /** The person, or who acts for them (a child's guardian). */
  requestedBy: ConsentGiver,
  /** The agency that received the request. */
  recordedBy: AgencyId,
  receivedAt: Instant.optional(),
  /** Proceedings about the subject that put everything on legal hold. */
  pendingProceedings: z
    .array(
      z.strictObject({
        reference: z.string().min(1).max(100),
        since: Instant,
        until: Instant.optional(),
      }),
    )
    .max(50)
    .default([]),
  /** Plan and answer without deleting or logging anything: the DPO's preview. */
  dryRun: z.boolean().default(false),
});
export type ErasureInput = z.input<typeof ErasureInput>;

/** What an erasure did, or with `dryRun` would do: the plan and the log entry it appends. */
export interface ErasureOutcome {
  /** True: nothing was deleted or logged; the same request without `dryRun` would do this. */
  dryRun: boolean;
  requestId: string;
  deleted: ErasurePlan['delete'];
  /** Each with its reason, and `until` when the reason has a known end. */
  kept: ErasurePlan['keep'];
  /** The transparency-log entry appended (or that would be): counts and codes only. */
  logged: LogEntryInput;
}

/**
 * Plan an erasure request with the domain's `planErasure`, and unless
 * `dryRun` execute it: delete what may go — ciphertext of messages, and the encrypted
 * consent form (the payload of the consent-record message; the signed scope stays, it is
 * what the log and the report cite) — keep the full plan for the person's later access
 * report, and append the `erasure` log entry, all in one transaction. A malformed
 * pseudonym is SCHEMA_INVALID and one the gateway never saw is NOT_FOUND, at `subject`.
 */
export async function eraseSubject(
  ctx: Pick<GatewayContext, 'store' | 'clock' | 'retention' | 'log'>,
  input: ErasureInput,
): Promise<ErasureOutcome> {
  const request = ErasureInput.parse(input);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const { messages, deliveries } = await ctx.store.retention.retained(request.subject);
  const { consents, withdrawals } = await ctx.store.consents.ofSubject(request.subject);
  const requestId = randomUUID();
  const planned = planErasure({
    request: {
      id: requestId,
      subject: request.subject,
      requestedBy: request.requestedBy,
      receivedAt: request.receivedAt ?? at,
      recordedBy: request.recordedBy,
    },
    messages,
    deliveries,
    consents,
    withdrawals,
    pendingProceedings: request.pendingProceedings.map((p) => ({
      ...p,
      subject: request.subject,
    })),
    at,
    policy: ctx.retention,
  });
  if (!planned.ok) {
    const first = planned.error[0];
    throw new GatewayError('SCHEMA_INVALID', {
      message: first?.message ?? 'The erasure request is invalid.',
      ...(first?.path === undefined ? {} : { path: first.path.join('.') }),
    });
  }
  if (
    messages.length === 0 &&
    consents.length === 0 &&
    !(await isKnownSubject(ctx, request.subject))
  ) {
    throw unknownSubject(request.subject, 'subject');
  }
  const plan = planned.value;
  const logged: LogEntryInput = {
    kind: 'erasure',
    at,
    subject: request.subject,
    requestedBy: request.recordedBy,
    requestedByGiver: request.requestedBy,
    requestId,
    reason: 'erasure-request',
    deleted: plan.delete.length,
    kept: plan.keep.length,
  };
  const outcome = { requestId, deleted: plan.delete, kept: plan.keep, logged };
  if (request.dryRun) {
    return { dryRun: true, ...outcome };
  }
  const recordMessages = await ctx.store.retention.consentRecordMessages(request.subject);
  await ctx.store.transaction(async (tx) => {
    for (const deletion of plan.delete) {
      const messageId =
        deletion.item.kind === 'ciphertext'
          ? deletion.item.messageId
          : deletion.item.kind === 'consent-evidence'
            ? recordMessages.get(deletion.item.consentId)
            : undefined;
      if (messageId !== undefined) {
        await tx.retention.deleteCiphertext(messageId, deletion.reason, now);
      }
    }
    await tx.retention.saveErasureRecord(plan.logEntry);
    await tx.log.append([logged], now);
  });
  return { dryRun: false, ...outcome };
}
