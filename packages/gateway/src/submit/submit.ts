import type { GatewayContext } from '../context/gateway-context.js';
import { GatewayError } from '@nrm/client/errors';
import { sha256Of, signAcceptance } from '../receipts/receipt.js';
import { signGatewayReceipt } from '../receipts/receipt-v2.js';
import { verifyDetachedSignature } from '../registry/openpgp-signature.js';
import { toBase64 } from '../store/bytes.js';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import type { GatewayStore } from '../store/gateway-store.js';
import { acceptanceRows } from './acceptance-rows.js';
import { parseEnvelope, type Envelope } from './parse-envelope.js';
import { decideSubmission } from './submission-decision.js';

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

async function storedAnswer(ctx: GatewayContext, id: string): Promise<SubmitAnswer | undefined> {
  const stored = await ctx.store.messages.acceptance(id);
  return stored === undefined
    ? undefined
    : {
        id: stored.id,
        status: 'accepted',
        recipients: stored.recipients,
        receipt: { receipt: toBase64(stored.receipt), signature: stored.receiptSignature },
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
  await ctx.store.messages.replaceReceipt(answer.id, signed, answer.receipt.signature);
  return (await storedAnswer(ctx, answer.id)) ?? answer;
}

/** Same id + same envelope bytes → the earlier answer; same id, other bytes → conflict. */
async function earlierAnswer(
  ctx: GatewayContext,
  envelope: Envelope,
  envelopeDigest: string,
): Promise<SubmitAnswer | undefined> {
  const seenDigest = await ctx.store.messages.seenDigest(envelope.id);
  if (seenDigest === undefined) {
    return undefined;
  }
  if (seenDigest !== envelopeDigest) {
    throw new GatewayError('ID_CONFLICT', { path: 'envelope.id' });
  }
  const answer = await storedAnswer(ctx, envelope.id);
  if (answer === undefined) {
    // Seen but purged after expiry: the id can never be accepted again.
    throw new GatewayError('REPLAY', {
      message: 'This message id was already used.',
      path: 'envelope.id',
    });
  }
  return answer;
}

/**
 * Accept a message: verify who sent it and that its parts are bound, answer a resubmit with
 * the earlier answer, let `decideSubmission` route it and check consent for every
 * recipient, then store the decision with one `accept` and answer with a signed receipt.
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
  const key = await ctx.store.registry.resolveSigningKey(envelope.from, envelope.senderKey, now);
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
  const earlier = await earlierAnswer(ctx, envelope, envelopeDigest);
  if (earlier !== undefined) {
    return withLogProof(ctx, earlier);
  }
  if (
    envelope.type === 'nrm.consent-record' &&
    submission.consentScope !== undefined &&
    submission.consentScopeSignature !== undefined
  ) {
    await verifyDetachedSignature(
      submission.consentScope,
      submission.consentScopeSignature,
      key.armoredPublicKey,
      verifyAt,
      'consentScopeSignature',
    );
  }
  const decision = decideSubmission({
    envelope,
    consentScope:
      submission.consentScopeSignature === undefined ? undefined : submission.consentScope,
    sender: await ctx.store.registry.findAgency(envelope.from),
    agencies: await ctx.store.registry.listAgencies(),
    consents: await ctx.store.consents.held(envelope.consentRefs),
    now,
    replayWindowMs: ctx.replayWindowMs,
    routing: ctx.routing,
    policy: ctx.policy,
    profile: ctx.profile,
  });
  if (decision.kind === 'refuse') {
    await ctx.log.record(decision.entries);
    throw decision.error;
  }

  const receipt = await signAcceptance(envelope.id, envelopeDigest, now, ctx.gatewayKey.privateKey);
  const rows = acceptanceRows(decision, submission, envelope, envelopeDigest, receipt, now);
  const notices = decision.recipients.map(({ agency }) => ({
    messageId: envelope.id,
    recipient: agency.id,
    kind: 'accepted' as const,
  }));
  // Delivery notices commit with the deliveries (the Kafka transport's outbox).
  const stage = (tx: GatewayStore) => ctx.transport.stage(tx, notices);
  if ((await ctx.store.accept(rows, now, stage)) === 'duplicate') {
    // A concurrent submit of the same id won: its answer, or ID_CONFLICT for other bytes.
    const raced = await earlierAnswer(ctx, envelope, envelopeDigest);
    if (raced !== undefined) {
      return withLogProof(ctx, raced);
    }
  } else {
    ctx.transport.announce(notices);
    for (const { agency, basis } of decision.recipients) {
      if (basis.alert && basis.kind === 'policy') {
        ctx.alertDpo({
          messageId: envelope.id,
          recipient: agency.id,
          ruleId: basis.ruleId,
          justification: envelope.justification,
        });
      }
    }
  }
  const answer = await storedAnswer(ctx, envelope.id);
  if (answer === undefined) {
    throw new GatewayError('INTERNAL', { message: 'The accepted message could not be read back.' });
  }
  return withLogProof(ctx, answer);
}
