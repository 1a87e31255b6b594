import { AgencyId } from '@nrm/domain';
import type { Kysely } from 'kysely';
import { ConsentScope, type HeldConsent } from '../consent-check/consent-scope.js';
import {
  checkDisclosure,
  checkWithdrawalNotice,
  headlineDetail,
  type DisclosureBasis,
} from '../consent-check/check-disclosure.js';
import {
  consentGrantedEntry,
  consentWithdrawnEntries,
  deliveryWithheldEntry,
  disclosureAllowedEntry,
  disclosureDeniedEntry,
} from '../dpo/log-facts.js';
import { GatewayError, type RefusedRecipient } from '../errors/gateway-error.js';
import { readSignedJson, zodSchemaError } from '../errors/schema-error.js';
import { findAgency, listAgencies } from '../store/registry/agencies.js';
import { resolveSigningKey } from '../store/registry/agency-keys.js';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import { verifyDetachedSignature } from '../registry/openpgp-signature.js';
import { checkRoute, RouteForbiddenError } from '../routing/check-route.js';
import { toBase64 } from '../store/bytes.js';
import type { Database } from '../store/tables.js';
import { appendLeaves } from '../transparency/gateway-log.js';
import type { LogEntryInput } from '../transparency/log-entry.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { assertLoggable } from './loggable.js';
import { assertKnownType } from './message-catalogue.js';
import { MAX_ENVELOPE_BYTES, parseEnvelope, type Envelope } from './parse-envelope.js';
import { sha256Of, signAcceptance } from '../receipts/receipt.js';
import { signGatewayReceipt } from '../receipts/receipt-v2.js';

/** The parts of a submission (ADR 0002; the consent scope parts per ADR 0004). */
export interface Submission {
  envelope: Uint8Array;
  envelopeSignature: string;
  payload: Uint8Array;
  consentScope?: Uint8Array | undefined;
  consentScopeSignature?: string | undefined;
}

/** The 202 answer; the same answer again for an idempotent resubmit. */
export interface SubmitAnswer {
  id: string;
  status: 'accepted';
  recipients: { agency: string; status: string }[];
  receipt: { receipt: string; signature: string };
}

async function storedAnswer(db: Kysely<Database>, id: string): Promise<SubmitAnswer | undefined> {
  const message = await db
    .selectFrom('messages')
    .select(['id', 'receipt', 'receipt_signature'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (message === undefined) {
    return undefined;
  }
  const rows = await db
    .selectFrom('deliveries')
    .select(['recipient', 'status'])
    .where('message_id', '=', id)
    .orderBy('recipient')
    .execute();
  return {
    id: message.id,
    status: 'accepted',
    recipients: rows.map((r) => ({ agency: r.recipient, status: r.status })),
    receipt: { receipt: toBase64(message.receipt), signature: message.receipt_signature },
  };
}

/**
 * The answer with a receipt v2 that carries the log proof of the message's entries. The
 * transaction stores a v1 acceptance (the entries are not committed yet, so nothing can be
 * proven inside it); it is replaced here, once, and a resubmit gets the stored v2.
 */
async function withLogProof(ctx: GatewayContext, answer: SubmitAnswer): Promise<SubmitAnswer> {
  const stored = JSON.parse(Buffer.from(answer.receipt.receipt, 'base64').toString('utf8')) as {
    version: number;
    envelopeDigest: string;
    at: string;
  };
  if (stored.version === 2) {
    return answer;
  }
  const signed = await signGatewayReceipt(
    ctx,
    {
      messageId: answer.id,
      envelopeDigest: stored.envelopeDigest,
      status: 'accepted',
      at: stored.at,
    },
    () => true,
  );
  // Only over the v1 receipt: of two concurrent identical submits, the first v2 wins and
  // both answer with it.
  await ctx.db
    .updateTable('messages')
    .set({ receipt: signed.bytes, receipt_signature: signed.signature })
    .where('id', '=', answer.id)
    .where('receipt_signature', '=', answer.receipt.signature)
    .execute();
  return (await storedAnswer(ctx.db, answer.id)) ?? answer;
}

/** Same id + same envelope bytes → the earlier answer; same id, other bytes → conflict. */
async function earlierAnswer(
  db: Kysely<Database>,
  envelope: Envelope,
  envelopeDigest: string,
): Promise<SubmitAnswer | undefined> {
  const seen = await db
    .selectFrom('seen_ids')
    .selectAll()
    .where('id', '=', envelope.id)
    .executeTakeFirst();
  if (seen === undefined) {
    return undefined;
  }
  if (seen.envelope_digest !== envelopeDigest) {
    throw new GatewayError('ID_CONFLICT', { path: 'envelope.id' });
  }
  const answer = await storedAnswer(db, envelope.id);
  if (answer === undefined) {
    // Seen but purged after expiry: the id can never be accepted again.
    throw new GatewayError('REPLAY', {
      message: 'This message id was already used.',
      path: 'envelope.id',
    });
  }
  return answer;
}

function checkTimes(envelope: Envelope, now: Date, windowMs: number): void {
  const created = Date.parse(envelope.createdAt);
  if (Math.abs(now.getTime() - created) > windowMs) {
    throw new GatewayError('CLOCK_SKEW', {
      message: `createdAt is more than ${Math.round(windowMs / 1000)} s away from the gateway clock (${now.toISOString()}).`,
      path: 'envelope.createdAt',
    });
  }
  const expires = Date.parse(envelope.expiresAt);
  if (expires <= now.getTime() || expires <= created) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'expiresAt must lie after createdAt and in the future.',
      path: 'envelope.expiresAt',
    });
  }
}

async function readConsentScope(
  submission: Submission,
  envelope: Envelope,
  armoredKey: string,
  now: Date,
): Promise<ConsentScope> {
  if (submission.consentScope === undefined || submission.consentScopeSignature === undefined) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'A consent record needs the consentScope part and its signature.',
      path: 'consentScope',
    });
  }
  await verifyDetachedSignature(
    submission.consentScope,
    submission.consentScopeSignature,
    armoredKey,
    now,
    'consentScopeSignature',
  );
  const parsed = ConsentScope.safeParse(
    readSignedJson(submission.consentScope, 'consentScope', MAX_ENVELOPE_BYTES),
  );
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'consentScope');
  }
  const scope = parsed.data;
  if (envelope.consentRefs.length !== 1 || envelope.consentRefs[0] !== scope.id) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'A consent record refers to exactly its own consent id.',
      path: 'envelope.consentRefs',
    });
  }
  if (scope.subject !== envelope.subject || scope.controller !== envelope.from) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The consent scope must name the envelope subject and sender.',
      path: 'consentScope',
    });
  }
  return scope;
}

async function loadConsents(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, HeldConsent>> {
  const held = new Map<string, HeldConsent>();
  if (ids.length === 0) {
    return held;
  }
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  for (const row of rows) {
    const scope = ConsentScope.parse(JSON.parse(row.scope));
    // The withdrawal message carries no giver of its own: the person (or who acted for them) withdraws.
    const withdrawal =
      row.withdrawn_at === null
        ? undefined
        : {
            consentId: scope.id,
            withdrawnAt: row.withdrawn_at,
            withdrawnBy: scope.givenBy,
            recordedBy: scope.controller,
          };
    held.set(row.id, { scope, withdrawal });
  }
  return held;
}

/**
 * Accept a message: authenticate, verify, bind payload, deduplicate, route, check consent for
 * every recipient, then store everything in one transaction and answer with a signed receipt.
 */
export async function submitMessage(
  ctx: GatewayContext,
  principal: AgencyPrincipal,
  submission: Submission,
): Promise<SubmitAnswer> {
  if (!principal.scopes.includes('send')) {
    throw new GatewayError('FORBIDDEN', { message: 'This credential may not send.' });
  }
  // Every receipt carries a signed checkpoint: none is signed over a log found edited.
  ctx.log.assertVerified();
  const envelope = parseEnvelope(submission.envelope);
  if (envelope.from !== principal.agencyId) {
    throw new GatewayError('FORBIDDEN', {
      message: 'The envelope sender is not the authenticated agency.',
      path: 'envelope.from',
    });
  }
  const now = ctx.clock.now();
  const key = await resolveSigningKey(ctx.db, envelope.from, envelope.senderKey, now);
  // OpenPGP refuses signatures made "in the future": allow the same skew as for createdAt.
  const verifyAt = new Date(now.getTime() + ctx.replayWindowMs);
  await verifyDetachedSignature(
    submission.envelope,
    submission.envelopeSignature,
    key.armoredPublicKey,
    verifyAt,
  );
  if (sha256Of(submission.payload) !== envelope.payloadDigest) {
    throw new GatewayError('DIGEST_MISMATCH', { path: 'payload' });
  }
  const envelopeDigest = sha256Of(submission.envelope);
  const earlier = await earlierAnswer(ctx.db, envelope, envelopeDigest);
  if (earlier !== undefined) {
    return withLogProof(ctx, earlier);
  }
  checkTimes(envelope, now, ctx.replayWindowMs);
  assertKnownType(envelope.type, envelope.version);
  assertLoggable(envelope, ctx.policy.version, now);

  const sender = await findAgency(ctx.db, envelope.from);
  if (sender === undefined) {
    throw new GatewayError('FORBIDDEN', {
      message: 'The sender is not a registered agency.',
      path: 'envelope.from',
    });
  }
  let recipients: ReturnType<typeof checkRoute>;
  try {
    recipients = checkRoute(envelope, sender, await listAgencies(ctx.db), ctx.routing);
  } catch (error) {
    // A refused route is a refused disclosure to every addressee (S1: the child referral
    // without the competent CSW); the DPO sees it like a consent refusal.
    if (error instanceof GatewayError && error.code === 'ROUTE_FORBIDDEN') {
      await ctx.log.record(
        [...new Set(envelope.to)]
          .filter((to) => AgencyId.safeParse(to).success)
          .map((to) =>
            disclosureDeniedEntry(envelope, to, 'route-forbidden', ctx.policy.version, now, {
              rule: error instanceof RouteForbiddenError ? error.rule : undefined,
            }),
          ),
      );
    }
    throw error;
  }

  const consents = await loadConsents(ctx.db, envelope.consentRefs);
  let newConsent: ConsentScope | undefined;
  if (envelope.type === 'nrm.consent-record') {
    newConsent = await readConsentScope(submission, envelope, key.armoredPublicKey, verifyAt);
    if (consents.has(newConsent.id)) {
      throw new GatewayError('ID_CONFLICT', {
        message: 'A consent with this id is already recorded.',
        path: 'consentScope.id',
      });
    }
    consents.set(newConsent.id, { scope: newConsent, withdrawal: undefined });
  }
  if (envelope.type === 'nrm.consent-withdrawal') {
    if (envelope.consentRefs.length === 0) {
      throw new GatewayError('SCHEMA_INVALID', {
        message: 'A withdrawal names the consents it withdraws.',
        path: 'envelope.consentRefs',
      });
    }
    envelope.consentRefs.forEach((id, index) => {
      const consent = consents.get(id);
      if (consent === undefined) {
        throw new GatewayError('NOT_FOUND', {
          message: `No consent ${id}.`,
          path: `envelope.consentRefs.${index}`,
        });
      }
      if (consent.scope.controller !== envelope.from) {
        throw new GatewayError('FORBIDDEN', {
          message: 'Only the controller that recorded a consent may withdraw it.',
          path: `envelope.consentRefs.${index}`,
        });
      }
    });
  }

  const bases = new Map<string, DisclosureBasis>();
  const denied: RefusedRecipient[] = [];
  const referenced = envelope.consentRefs.flatMap((id) => {
    const consent = consents.get(id);
    return consent === undefined ? [] : [consent];
  });
  recipients.forEach((recipient, index) => {
    const verdict =
      envelope.type === 'nrm.consent-withdrawal'
        ? checkWithdrawalNotice(recipient, referenced)
        : checkDisclosure(
            {
              sender: { id: sender.id, kind: sender.kind },
              recipient,
              subject: envelope.subject,
              subjectIsChild: envelope.subjectIsChild,
              purpose: envelope.purpose,
              legalBasis: envelope.legalBasis,
              categories: envelope.dataCategories,
              messageType: envelope.type,
              justification: envelope.justification,
              at: now,
            },
            referenced,
            ctx.policy,
            ctx.profile,
          );
    if (!verdict.allowed) {
      denied.push({
        agency: recipient.id,
        path: `envelope.to.${index}`,
        detail: headlineDetail(verdict.details),
        message: verdict.reasons.join('; '),
      });
      return;
    }
    bases.set(recipient.id, verdict.basis);
  });
  const firstDenied = denied[0];
  if (firstDenied !== undefined) {
    // Every refused recipient is a disclosure decision the DPO sees, then refuse,
    // naming every refused recipient so the sender can fix them all at once.
    await ctx.log.record(
      denied.map((d) =>
        disclosureDeniedEntry(envelope, d.agency, d.detail, ctx.policy.version, now),
      ),
    );
    throw new GatewayError('CONSENT_MISSING', {
      message: denied.map((d) => `${d.agency}: ${d.message}`).join(' | '),
      path: firstDenied.path,
      refused: denied,
    });
  }

  const receipt = await signAcceptance(envelope.id, envelopeDigest, now, ctx.gatewayKey.privateKey);
  const at = now.toISOString();
  const stored = await ctx.db.transaction().execute(async (trx) => {
    // Re-check inside the transaction: a concurrent submit of the same id may have won.
    const raced = await earlierAnswer(trx, envelope, envelopeDigest);
    if (raced !== undefined) {
      return false;
    }
    await trx
      .insertInto('seen_ids')
      .values({ id: envelope.id, envelope_digest: envelopeDigest, seen_at: at })
      .execute();
    await trx
      .insertInto('messages')
      .values({
        id: envelope.id,
        envelope: submission.envelope,
        envelope_digest: envelopeDigest,
        envelope_signature: submission.envelopeSignature,
        payload: submission.payload,
        payload_digest: envelope.payloadDigest,
        sender: envelope.from,
        type: envelope.type,
        version: envelope.version,
        subject: envelope.subject,
        created_at: new Date(envelope.createdAt).toISOString(),
        expires_at: new Date(envelope.expiresAt).toISOString(),
        accepted_at: at,
        receipt: receipt.bytes,
        receipt_signature: receipt.signature,
      })
      .execute();
    for (const recipient of recipients) {
      const basis = bases.get(recipient.id);
      await trx
        .insertInto('deliveries')
        .values({
          message_id: envelope.id,
          recipient: recipient.id,
          status: 'accepted',
          basis: JSON.stringify(basis),
          consent_id: basis?.kind === 'consent' ? basis.consentId : null,
          attempts: 0,
          next_attempt_at: recipient.webhookUrl === null ? null : at,
          last_error: null,
          status_reason: null,
          delivered_at: null,
          acknowledged_at: null,
          receipt: null,
          receipt_signature: null,
          updated_at: at,
        })
        .execute();
    }
    if (
      newConsent !== undefined &&
      submission.consentScope !== undefined &&
      submission.consentScopeSignature !== undefined
    ) {
      await trx
        .insertInto('consents')
        .values({
          id: newConsent.id,
          controller: newConsent.controller,
          subject: newConsent.subject,
          scope: new TextDecoder().decode(submission.consentScope),
          scope_signature: submission.consentScopeSignature,
          valid_from: new Date(newConsent.validFrom).toISOString(),
          valid_until:
            newConsent.validUntil === undefined
              ? null
              : new Date(newConsent.validUntil).toISOString(),
          record_message_id: envelope.id,
          withdrawn_at: null,
          withdrawal_message_id: null,
        })
        .execute();
    }
    const entries: LogEntryInput[] = [];
    if (newConsent !== undefined) {
      entries.push(consentGrantedEntry(envelope, newConsent, now));
    }
    if (envelope.type === 'nrm.consent-withdrawal') {
      entries.push(...consentWithdrawnEntries(envelope, now));
    }
    for (const [recipient, basis] of bases) {
      entries.push(disclosureAllowedEntry(envelope, recipient, basis, ctx.policy.version, now));
    }
    if (envelope.type === 'nrm.consent-withdrawal') {
      const held = await trx
        .selectFrom('deliveries')
        .innerJoin('messages', 'messages.id', 'deliveries.message_id')
        .select(['deliveries.message_id', 'deliveries.recipient', 'messages.subject'])
        .where('deliveries.consent_id', 'in', [...envelope.consentRefs])
        .where('deliveries.status', '=', 'accepted')
        .orderBy('deliveries.message_id')
        .orderBy('deliveries.recipient')
        .execute();
      for (const row of held) {
        entries.push(
          deliveryWithheldEntry(
            { messageId: row.message_id, subject: row.subject, to: row.recipient },
            'consent-withdrawn',
            now,
          ),
        );
      }
      await trx
        .updateTable('consents')
        .set({ withdrawn_at: at, withdrawal_message_id: envelope.id })
        .where('id', 'in', [...envelope.consentRefs])
        .where('withdrawn_at', 'is', null)
        .execute();
      // Hold everything not yet handed over that relied on the withdrawn consent (SCENARIOS S4).
      await trx
        .updateTable('deliveries')
        .set({
          status: 'withheld',
          status_reason: 'consent withdrawn',
          next_attempt_at: null,
          updated_at: at,
        })
        .where('consent_id', 'in', [...envelope.consentRefs])
        .where('status', '=', 'accepted')
        .execute();
    }
    await appendLeaves(trx, entries, now);
    return true;
  });
  if (stored) {
    ctx.wakeDelivery();
    for (const [recipient, basis] of bases) {
      if (basis.alert && basis.kind === 'policy') {
        ctx.alertDpo({
          messageId: envelope.id,
          recipient,
          ruleId: basis.ruleId,
          justification: envelope.justification,
        });
      }
    }
  }
  const answer = await storedAnswer(ctx.db, envelope.id);
  if (answer === undefined) {
    throw new GatewayError('INTERNAL', { message: 'The accepted message could not be read back.' });
  }
  return withLogProof(ctx, answer);
}
