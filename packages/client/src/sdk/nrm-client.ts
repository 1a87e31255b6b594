import type { DataCategory, LawfulBasis, Purpose } from '@nrm/domain';
import { minimisePayload, permittedForAll } from './minimise.js';
import type { EnvelopeV1 } from '@nrm/schemas';
import type { PrivateKey } from 'openpgp';
import { seal, sha256Digest, signDetached, verifyDetached } from '../crypto/index.js';
import { isRejectionCode } from '../errors/rejection-codes.js';
import { GatewayError, isErrorCode, toGatewayError } from '../errors/index.js';
import { catalogueSchemas } from './catalogue-schemas.js';
import { encodeEnvelope } from './envelope.js';
import { GatewayHttp, type InboxMessage, type StatusResponse } from './gateway-http.js';
import { HandedOverLog, type RecordedRejection } from './handed-over-log.js';
import { KeyDirectory } from './key-directory.js';
import type { PayloadSchemas } from './payload-schemas.js';
import type { ReceiptV2 } from '@nrm/schemas';
import type { Checkpoint } from '../transparency/checkpoint.js';
import { verifyReceiptLogProof } from './log-proof.js';
import { LogWitness } from './log-witness.js';
import {
  acknowledgementReceipt,
  decodeGatewayReceipt,
  encodeReceipt,
  encodeReceiptV2,
  rejectionReceipt,
} from './receipt.js';
import { openReceived, type ReceivedMessage } from './received-message.js';
import { uuidv7 } from './uuid-v7.js';

/** Options for {@link NrmClient}. */
export interface NrmClientOptions {
  /** Base URL of the gateway. */
  gatewayUrl: string;
  /** The agency's bearer token. */
  token: string;
  /** The agency id the token and key belong to (`rs.cptv`). */
  agencyId: string;
  /** The agency's unlocked private key: signs, and opens what was sealed to it. */
  privateKey: PrivateKey;
  /** Keys rotated out, still used to open messages sealed to them before the rotation. */
  retiredKeys?: readonly PrivateKey[];
  /** A folder the SDK may write its small state file to (ids already handed over). */
  stateDir: string;
  /** The wire schemas: validation, upgrade and data categories of payloads; the `@nrm/schemas` catalogue by default. */
  schemas?: PayloadSchemas;
  /**
   * The gateway log's note verifier key (`name+hash+base64key`), compared out of band. Without
   * it the key the gateway publishes is pinned on first use in the state folder.
   */
  logVerifierKey?: string;
  /** The clock; injectable for tests. */
  now?: () => Date;
  fetch?: typeof fetch;
}

/** What to send: the payload and the facts the envelope declares about it. */
export interface SendRequest {
  type: string;
  version: number;
  payload: unknown;
  to: string[];
  subject: string;
  case?: string;
  purpose: Purpose;
  legalBasis: LawfulBasis;
  consentRefs?: string[];
  justification?: string;
  subjectIsChild: boolean;
  area?: string;
  inReplyTo?: string;
  process?: EnvelopeV1['process'];
  /** How long the message may wait for delivery; 30 days by default. */
  expiresInDays?: number;
  /**
   * `nrm.consent-record` only: the consent's scope (subject, recipients, purposes, categories,
   * validity), sent in clear and signed so the gateway can enforce it; the evidence stays in
   * the encrypted payload.
   */
  consentScope?: unknown;
  /**
   * Data minimisation: ask the gateway which of the payload's categories every recipient may
   * receive (dry run) and strip the fields of the others before sealing. Off by default.
   */
  minimise?: boolean;
}

/** The gateway's answer to a submission, with its verified acceptance receipt. */
export interface SendResult {
  id: string;
  status: string;
  envelope: EnvelopeV1;
  /** The gateway's acceptance receipt v2; its log proof is verified and witnessed. */
  receipt: ReceiptV2;
  /** With `minimise`: the payload fields removed before sealing (dotted paths). */
  removed?: string[];
}

/**
 * One item of the inbox: an opened message, or one that failed a check and was not handed
 * over — `rejected` when the gateway recorded the rejection (the sender sees its code).
 */
export type InboxItem =
  | { ok: true; message: ReceivedMessage }
  | { ok: false; id: string; error: GatewayError; rejected?: boolean };

const DAY_MS = 86_400_000;

/** Check failures that stale cached keys can cause. */
const KEY_CODES: ReadonlySet<string> = new Set([
  'KEY_UNKNOWN',
  'KEY_REVOKED',
  'KEY_EXPIRED',
  'SIGNATURE_INVALID',
]);

/** A recorded rejection as the error it was. */
function rejectionError(recorded: RecordedRejection): GatewayError {
  return new GatewayError(isErrorCode(recorded.code) ? recorded.code : 'SCHEMA_INVALID', {
    message: recorded.reason,
    ...(recorded.path === undefined ? {} : { path: recorded.path }),
  });
}

/**
 * The client SDK (`@nrm/gateway/client`): seals, signs and submits messages, and pulls,
 * opens, checks and acknowledges received ones (DESIGN.md "The flow of one referral").
 */
export class NrmClient {
  private readonly http: GatewayHttp;
  private readonly keys: KeyDirectory;
  private readonly handedOver: HandedOverLog;
  private readonly now: () => Date;
  private readonly schemas: PayloadSchemas;
  private readonly witness: LogWitness;

  constructor(private readonly options: NrmClientOptions) {
    this.http = new GatewayHttp({
      baseUrl: options.gatewayUrl,
      token: options.token,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    this.keys = new KeyDirectory(this.http);
    this.handedOver = new HandedOverLog(options.stateDir);
    this.now = options.now ?? (() => new Date());
    this.schemas = options.schemas ?? catalogueSchemas;
    this.witness = new LogWitness(options.stateDir, this.http, options.logVerifierKey);
  }

  /**
   * Witness the gateway's log: fetch its newest checkpoint and check that it extends the
   * newest one this agency has seen (from receipts or earlier checks). Throws FORK_DETECTED
   * when the gateway shows a rewritten or rolled-back history.
   */
  checkLog(): Promise<Checkpoint> {
    return this.witness.check();
  }

  /** The payload without the fields of categories some recipient may not receive. */
  private async minimise(request: SendRequest): Promise<{ payload: unknown; removed: string[] }> {
    const categories = [
      ...new Set(this.schemas.dataCategories(request.type, request.version, request.payload)),
    ];
    if (categories.length === 0) {
      return { payload: request.payload, removed: [] };
    }
    const answer = await this.http.checkPermitted({
      to: request.to,
      subject: request.subject,
      subjectIsChild: request.subjectIsChild,
      purpose: request.purpose,
      legalBasis: request.legalBasis,
      categories,
      consentRefs: request.consentRefs ?? [],
      ...(request.justification === undefined ? {} : { justification: request.justification }),
      type: request.type,
    });
    return minimisePayload(request.type, request.version, request.payload, permittedForAll(answer));
  }

  /**
   * Validate the payload, derive its data categories, seal it to every recipient's current
   * key, build and sign the envelope, submit, and verify the gateway's acceptance receipt.
   */
  async send(request: SendRequest): Promise<SendResult> {
    const at = this.now();
    const reading = this.schemas.read(request.type, request.version, request.payload);
    if (!reading.ok) {
      throw reading.error;
    }
    let payload = request.payload;
    let removed: string[] | undefined;
    if (request.minimise === true) {
      ({ payload, removed } = await this.minimise(request));
    }
    const dataCategories: DataCategory[] = [
      ...new Set(this.schemas.dataCategories(request.type, request.version, payload)),
    ];
    const recipientKeys = [];
    for (const [index, agencyId] of request.to.entries()) {
      try {
        recipientKeys.push(...(await this.keys.sealingKeys(agencyId, at)));
      } catch (error) {
        // Name the recipient the caller wrote, not the key lookup behind it.
        if (error instanceof GatewayError && error.path === undefined) {
          throw new GatewayError(error.code, {
            message: `Recipient ${agencyId}: ${error.message}`,
            path: `to.${index}`,
            cause: error,
          });
        }
        throw error;
      }
    }
    const payloadBytes = new TextEncoder().encode(JSON.stringify(payload));
    const ciphertext = await seal(payloadBytes, recipientKeys, this.options.privateKey, { at });
    const envelope: EnvelopeV1 = {
      id: uuidv7(at),
      type: request.type,
      version: request.version,
      from: this.options.agencyId,
      to: request.to,
      subject: request.subject,
      ...(request.case === undefined ? {} : { case: request.case }),
      purpose: request.purpose,
      legalBasis: request.legalBasis,
      consentRefs: request.consentRefs ?? [],
      ...(request.justification === undefined ? {} : { justification: request.justification }),
      dataCategories,
      subjectIsChild: request.subjectIsChild,
      ...(request.area === undefined ? {} : { area: request.area }),
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + (request.expiresInDays ?? 30) * DAY_MS).toISOString(),
      ...(request.inReplyTo === undefined ? {} : { inReplyTo: request.inReplyTo }),
      payloadDigest: sha256Digest(ciphertext),
      senderKey: this.options.privateKey.getFingerprint(),
      ...(request.process === undefined ? {} : { process: request.process }),
    };
    const envelopeBytes = encodeEnvelope(envelope);
    const envelopeSignature = await signDetached(envelopeBytes, this.options.privateKey, at);
    const scopeBytes =
      request.consentScope === undefined
        ? undefined
        : new TextEncoder().encode(JSON.stringify(request.consentScope));
    const response = await this.http.submit({
      envelope: Buffer.from(envelopeBytes).toString('base64'),
      envelopeSignature,
      payload: Buffer.from(ciphertext).toString('base64'),
      ...(scopeBytes === undefined
        ? {}
        : {
            consentScope: Buffer.from(scopeBytes).toString('base64'),
            consentScopeSignature: await signDetached(scopeBytes, this.options.privateKey, at),
          }),
    });
    // The receipt is signed after our `at`: verify it as of now, not as of the submission.
    const receipt = await this.verifyGatewayReceipt(
      response.receipt,
      { messageId: envelope.id, envelopeBytes, status: 'accepted' },
      this.now(),
    );
    return {
      id: response.id,
      status: response.status,
      envelope,
      receipt,
      ...(removed === undefined ? {} : { removed }),
    };
  }

  /**
   * Pull the inbox. Each message is opened and checked before it is yielded; when the caller
   * asks for the next item, the previous one counts as handed over: it is recorded in the
   * state folder and acknowledged with a signed receipt. Redelivered ids that were handed
   * over before are not yielded again, only re-acknowledged. Leaving the loop early leaves the
   * last message unacknowledged, so it comes again (at least once, never lost).
   *
   * A message that fails a check (signature, key, digest, decryption, schema, undeclared
   * categories) is rejected on the gateway with the check's stable code, so it never blocks
   * the oldest-first inbox, and then yielded once as `{ ok: false }`. The rejection is
   * recorded in the state folder before the gateway is told: after a crash in between, the
   * next pull finishes it. A transient failure (the gateway or the network) is yielded
   * without rejecting; the message comes again on a later call.
   */
  async *inbox(options: { limit?: number } = {}): AsyncGenerator<InboxItem, void, undefined> {
    const limit = options.limit ?? 20;
    // A message that failed transiently is served again at once: look at it once per call.
    const seen = new Set<string>();
    for (;;) {
      const batch = await this.http.inbox(limit);
      let progressed = false;
      for (const raw of batch) {
        if (seen.has(raw.id)) {
          continue;
        }
        seen.add(raw.id);
        progressed = true;
        const outcome = this.handedOver.outcome(raw.id);
        if (outcome === 'handed-over') {
          await this.acknowledge(raw);
          continue;
        }
        if (outcome === 'reject-pending') {
          // Recorded, but the gateway never confirmed: finish it, then yield it (not yet done).
          const pending = this.handedOver.rejection(raw.id);
          const error = pending === undefined ? await this.check(raw) : rejectionError(pending);
          if (error instanceof GatewayError) {
            yield await this.reject(raw, error);
          }
          continue;
        }
        if (outcome === 'rejected') {
          // Rejected before the gateway could hear of it (an older SDK): tell it now, quietly.
          const recorded = this.handedOver.rejection(raw.id);
          const error = recorded === undefined ? await this.check(raw) : rejectionError(recorded);
          if (error instanceof GatewayError && isRejectionCode(error.code)) {
            await this.sendRejection(raw, { code: error.code, reason: error.message });
          }
          continue;
        }
        const checked = await this.check(raw);
        if (checked instanceof GatewayError) {
          yield isRejectionCode(checked.code)
            ? await this.reject(raw, checked)
            : { ok: false, id: raw.id, error: checked };
          continue;
        }
        yield { ok: true, message: checked };
        this.handedOver.record(raw.id, 'handed-over');
        await this.acknowledge(raw);
      }
      if (!progressed || batch.length < limit) {
        return;
      }
    }
  }

  /**
   * Open and check one delivered message; a failed check is returned, not thrown. A key
   * failure is checked once more against fresh keys: a rejection is final, and a sender
   * that rotated its key within the cache time must not be rejected for it.
   */
  private async check(raw: InboxMessage): Promise<ReceivedMessage | GatewayError> {
    const first = await this.checkOnce(raw);
    if (first instanceof GatewayError && KEY_CODES.has(first.code)) {
      this.keys.forget();
      return this.checkOnce(raw);
    }
    return first;
  }

  private async checkOnce(raw: InboxMessage): Promise<ReceivedMessage | GatewayError> {
    try {
      return await openReceived(raw, {
        self: this.options.agencyId,
        privateKey: [this.options.privateKey, ...(this.options.retiredKeys ?? [])],
        senderKeys: (agencyId, at) => this.keys.verificationKeys(agencyId, at),
        revokedSenderKeys: (agencyId, at) => this.keys.revokedKeys(agencyId, at),
        schemas: this.schemas,
        at: this.now(),
      });
    } catch (error) {
      return toGatewayError(error);
    }
  }

  /** Persist the rejection, tell the gateway, mark it done; the item to yield. */
  private async reject(raw: InboxMessage, error: GatewayError): Promise<InboxItem> {
    const id = raw.id;
    const rejection = {
      code: error.code,
      reason: error.message,
      ...(error.path === undefined ? {} : { path: error.path }),
    };
    this.handedOver.record(id, 'reject-pending', rejection);
    await this.sendRejection(raw, rejection);
    this.handedOver.record(id, 'rejected');
    return { ok: false, id, error, rejected: true };
  }

  /** Delivery status of a sent message per recipient. */
  status(id: string): Promise<StatusResponse> {
    return this.http.status(id);
  }

  private async acknowledge(raw: InboxMessage): Promise<void> {
    const at = this.now();
    const receipt = encodeReceipt(
      acknowledgementReceipt(
        raw.id,
        Buffer.from(raw.envelope, 'base64'),
        this.options.agencyId,
        at,
      ),
    );
    const receiptSignature = await signDetached(receipt, this.options.privateKey, at);
    const answer = await this.http.acknowledge(raw.id, {
      receipt: Buffer.from(receipt).toString('base64'),
      receiptSignature,
    });
    await this.verifyGatewayReceipt(
      answer.receipt,
      {
        messageId: raw.id,
        envelopeBytes: Buffer.from(raw.envelope, 'base64'),
        status: 'acknowledged',
        recipient: this.options.agencyId,
      },
      this.now(),
    );
  }

  /** Sign the rejection (receipt v2), send it, and verify the gateway's receipt of it. */
  private async sendRejection(
    raw: InboxMessage,
    rejection: { code: string; reason: string },
  ): Promise<void> {
    const at = this.now();
    const envelopeBytes = Buffer.from(raw.envelope, 'base64');
    const receipt = encodeReceiptV2(
      rejectionReceipt(raw.id, envelopeBytes, this.options.agencyId, rejection, at),
    );
    const answer = await this.http.reject(raw.id, {
      code: rejection.code,
      reason: rejection.reason,
      receipt: Buffer.from(receipt).toString('base64'),
      receiptSignature: await signDetached(receipt, this.options.privateKey, at),
    });
    await this.verifyGatewayReceipt(
      answer.receipt,
      {
        messageId: raw.id,
        envelopeBytes,
        status: 'rejected',
        recipient: this.options.agencyId,
      },
      this.now(),
    );
  }

  /**
   * Verify a gateway receipt: its OpenPGP signature by the gateway key, that it confirms
   * exactly what we expect (message, envelope bytes, status, recipient), and its log proof —
   * the signed checkpoint includes the entries about the message — and hand the checkpoint
   * to this agency's witness, which throws FORK_DETECTED if it contradicts an earlier one.
   */
  private async verifyGatewayReceipt(
    signed: { receipt: string; signature: string } | undefined,
    expected: {
      messageId: string;
      envelopeBytes: Uint8Array;
      status: ReceiptV2['status'];
      recipient?: string;
    },
    at: Date,
  ): Promise<ReceiptV2> {
    const refused = (message: string) =>
      new GatewayError('SIGNATURE_INVALID', { message, path: 'receipt' });
    if (signed === undefined) {
      throw refused('The gateway sent no signed receipt.');
    }
    const bytes = Buffer.from(signed.receipt, 'base64');
    await verifyDetached(
      bytes,
      signed.signature,
      await this.keys.verificationKeys('gateway', at),
      at,
    );
    const receipt = decodeGatewayReceipt(bytes);
    if (
      receipt.messageId !== expected.messageId ||
      receipt.envelopeDigest !== sha256Digest(expected.envelopeBytes) ||
      receipt.status !== expected.status ||
      receipt.by !== 'gateway' ||
      receipt.recipient !== expected.recipient
    ) {
      throw refused(`The gateway receipt does not confirm this envelope as ${expected.status}.`);
    }
    if (receipt.log === undefined) {
      throw refused('The gateway receipt carries no log proof.');
    }
    const { verifier, origin } = await this.witness.verifier();
    const checkpoint = verifyReceiptLogProof(receipt.log, expected.messageId, verifier, origin);
    await this.witness.observe(checkpoint);
    return receipt;
  }
}
