import { sha256Digest, signDetached, verifyDetached } from '../../crypto/index.js';
import type { TestAgencyKey } from '../../crypto/__fixtures__/agency-keys.js';
import { decodeEnvelope } from '../envelope.js';
import { decodeReceipt, encodeReceiptV2 } from '../receipt.js';
import { FakeLog } from './fake-log.js';
import { startTestHttpServer, type RecordedRequest, type TestHttpServer } from './http-server.js';

interface Stored {
  id: string;
  envelope: string;
  envelopeSignature: string;
  payload: string;
  consentScope: unknown;
  to: string[];
  acknowledgedBy: Set<string>;
  /** Recipients that rejected the message, with the code and reason they gave. */
  rejectedBy: Map<string, { code: string; reason: string }>;
}

/**
 * An in-memory gateway speaking HTTP contract v1, for SDK unit tests without the server
 * package: it checks the envelope signature and digest binding, signs acceptance receipts
 * with its own key, serves inboxes and verifies acknowledgement receipts. No routing,
 * consent or persistence — those are the real server's tests.
 */
export class FakeGateway {
  readonly messages = new Map<string, Stored>();
  /** Set to make the next inbox fetch hand out acknowledged messages again (redelivery). */
  redeliverAll = false;
  /** Set to tamper with the receipt the gateway returns. */
  forgeReceipts = false;
  /** Set to make rejections fail (500), as a gateway that is down would. */
  failRejections = false;
  /** Set to make the key lookup of this agency fail (500): a transient failure. */
  failKeysOf: string | undefined = undefined;
  /** Set to refuse every submission with this 403 error body, as the real gateway refuses consent. */
  refuseSubmissions: Record<string, unknown> | undefined = undefined;
  /** Rejections received, including repeated ones. */
  rejectCount = 0;
  /** Acknowledgements received, including repeated ones. */
  ackCount = 0;
  /** The transparency log behind the receipts' checkpoints and proofs. */
  readonly log = new FakeLog();
  private server: TestHttpServer | undefined;

  constructor(
    private readonly gatewayKey: TestAgencyKey,
    private readonly agencies: Map<string, { token: string; key: TestAgencyKey }>,
    private readonly at: () => Date,
  ) {}

  /** Register `key` as the agency's only key (a rotation the registry publishes at once). */
  replaceKey(agencyId: string, key: TestAgencyKey): void {
    const agency = this.agencies.get(agencyId);
    if (agency === undefined) {
      throw new Error(`fake gateway knows no ${agencyId}`);
    }
    this.agencies.set(agencyId, { ...agency, key });
  }

  get url(): string {
    if (this.server === undefined) {
      throw new Error('fake gateway not started');
    }
    return this.server.url;
  }

  async start(): Promise<this> {
    this.server = await startTestHttpServer((request) => this.handle(request));
    return this;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  private caller(request: RecordedRequest): string | undefined {
    for (const [agencyId, { token }] of this.agencies) {
      if (request.authorization === `Bearer ${token}`) {
        return agencyId;
      }
    }
    return undefined;
  }

  /** A gateway receipt v2 with one new log entry about the message and its proof. */
  private async receiptV2(
    fields: {
      messageId: string;
      envelope: string;
      status: 'accepted' | 'acknowledged' | 'rejected';
    },
    extra: { recipient?: string; rejection?: { code: string } } = {},
  ): Promise<{ receipt: string; signature: string }> {
    const index = this.log.append({ kind: `fake-${fields.status}`, messageId: fields.messageId });
    const bytes = encodeReceiptV2({
      type: 'nrm.receipt',
      version: 2,
      messageId: fields.messageId,
      envelopeDigest: sha256Digest(
        this.forgeReceipts ? new Uint8Array() : Buffer.from(fields.envelope, 'base64'),
      ),
      by: 'gateway',
      status: fields.status,
      ...extra,
      at: this.at().toISOString(),
      log: this.log.proof(index),
    });
    const signature = await signDetached(bytes, this.gatewayKey.private, this.at());
    return { receipt: Buffer.from(bytes).toString('base64'), signature };
  }

  private async handle(request: RecordedRequest): Promise<[number, unknown]> {
    if (request.url === '/v1/log/note-key') {
      return [200, { origin: this.log.origin, verifierKey: this.log.signer.verifierKey }];
    }
    if (request.url === '/v1/log/checkpoint') {
      return [200, this.log.checkpoint()];
    }
    const consistency = /^\/v1\/log\/checkpoint\/consistency\?oldSize=(\d+)&newSize=(\d+)$/.exec(
      request.url,
    );
    if (consistency) {
      try {
        return [200, this.log.consistency(Number(consistency[1]), Number(consistency[2]))];
      } catch {
        return [400, { error: { code: 'BAD_REQUEST', message: 'No such tree size.' } }];
      }
    }
    const caller = this.caller(request);
    if (caller === undefined) {
      return [
        401,
        { error: { code: 'UNAUTHENTICATED', message: 'Missing or invalid credentials.' } },
      ];
    }
    const body = request.body as Record<string, string>;
    const keysMatch = /^\/v1\/keys\/(.+)$/.exec(request.url);
    if (keysMatch) {
      const id = decodeURIComponent(keysMatch[1]!);
      if (id === this.failKeysOf) {
        return [500, { error: { code: 'INTERNAL', message: 'Internal error.' } }];
      }
      const key = id === 'gateway' ? this.gatewayKey : this.agencies.get(id)?.key;
      if (key === undefined) {
        return [404, { error: { code: 'NOT_FOUND', message: 'Not found.' } }];
      }
      return [
        200,
        {
          agencyId: id,
          keys: [
            {
              fingerprint: key.fingerprint,
              publicKey: key.publicKey,
              validFrom: key.public.getCreationTime().toISOString(),
              validUntil: null,
              revokedAt: null,
              state: 'valid',
            },
          ],
        },
      ];
    }
    if (request.method === 'POST' && request.url === '/v1/messages') {
      if (this.refuseSubmissions !== undefined) {
        return [403, { error: this.refuseSubmissions }];
      }
      const envelopeBytes = Buffer.from(body.envelope!, 'base64');
      const envelope = decodeEnvelope(envelopeBytes);
      try {
        await verifyDetached(
          envelopeBytes,
          body.envelopeSignature!,
          [this.agencies.get(caller)!.key.public],
          this.at(),
        );
      } catch {
        return [401, { error: { code: 'SIGNATURE_INVALID', message: 'bad signature' } }];
      }
      if (sha256Digest(Buffer.from(body.payload!, 'base64')) !== envelope.payloadDigest) {
        return [
          422,
          { error: { code: 'DIGEST_MISMATCH', message: 'digest', path: 'envelope.payloadDigest' } },
        ];
      }
      let consentScope: unknown;
      if (body.consentScope !== undefined) {
        const scopeBytes = Buffer.from(body.consentScope, 'base64');
        await verifyDetached(
          scopeBytes,
          body.consentScopeSignature!,
          [this.agencies.get(caller)!.key.public],
          this.at(),
        );
        consentScope = JSON.parse(scopeBytes.toString('utf8'));
      }
      this.messages.set(envelope.id, {
        consentScope,
        id: envelope.id,
        envelope: body.envelope!,
        envelopeSignature: body.envelopeSignature!,
        payload: body.payload!,
        to: envelope.to,
        acknowledgedBy: new Set(),
        rejectedBy: new Map(),
      });
      return [
        202,
        {
          id: envelope.id,
          status: 'accepted',
          receipt: await this.receiptV2({
            messageId: envelope.id,
            envelope: body.envelope!,
            status: 'accepted',
          }),
        },
      ];
    }
    if (request.method === 'GET' && request.url.startsWith('/v1/inbox')) {
      const limit = Number(new URL(request.url, 'http://x').searchParams.get('limit') ?? '20');
      const due = [...this.messages.values()].filter(
        (m) =>
          m.to.includes(caller) &&
          !m.rejectedBy.has(caller) &&
          (this.redeliverAll || !m.acknowledgedBy.has(caller)),
      );
      this.redeliverAll = false;
      return [
        200,
        {
          messages: due.slice(0, limit).map(({ id, envelope, envelopeSignature, payload }) => ({
            id,
            envelope,
            envelopeSignature,
            payload,
          })),
        },
      ];
    }
    const ackMatch = /^\/v1\/messages\/([^/]+)\/ack$/.exec(request.url);
    if (request.method === 'POST' && ackMatch) {
      const stored = this.messages.get(ackMatch[1]!);
      if (stored === undefined) {
        return [404, { error: { code: 'NOT_FOUND', message: 'Not found.' } }];
      }
      const receiptBytes = Buffer.from(body.receipt!, 'base64');
      await verifyDetached(
        receiptBytes,
        body.receiptSignature!,
        [this.agencies.get(caller)!.key.public],
        this.at(),
      );
      const receipt = decodeReceipt(receiptBytes);
      if (
        receipt.messageId !== stored.id ||
        receipt.envelopeDigest !== sha256Digest(Buffer.from(stored.envelope, 'base64')) ||
        receipt.by !== caller
      ) {
        return [
          422,
          { error: { code: 'SCHEMA_INVALID', message: 'receipt does not match', path: 'receipt' } },
        ];
      }
      stored.acknowledgedBy.add(caller);
      this.ackCount += 1;
      return [
        200,
        {
          id: stored.id,
          recipient: caller,
          status: 'acknowledged',
          receipt: await this.receiptV2(
            { messageId: stored.id, envelope: stored.envelope, status: 'acknowledged' },
            { recipient: caller },
          ),
        },
      ];
    }
    const rejectMatch = /^\/v1\/messages\/([^/]+)\/reject$/.exec(request.url);
    if (request.method === 'POST' && rejectMatch) {
      const stored = this.messages.get(rejectMatch[1]!);
      if (stored === undefined) {
        return [404, { error: { code: 'NOT_FOUND', message: 'Not found.' } }];
      }
      if (!stored.to.includes(caller)) {
        return [403, { error: { code: 'FORBIDDEN', message: 'Not a recipient.' } }];
      }
      if (stored.acknowledgedBy.has(caller)) {
        return [409, { error: { code: 'ALREADY_ACKNOWLEDGED', message: 'Acknowledged.' } }];
      }
      if (this.failRejections) {
        return [500, { error: { code: 'INTERNAL', message: 'Internal error.' } }];
      }
      const first = stored.rejectedBy.get(caller) ?? {
        code: body.code ?? '',
        reason: body.reason ?? '',
      };
      stored.rejectedBy.set(caller, first);
      this.rejectCount += 1;
      return [
        200,
        {
          id: stored.id,
          recipient: caller,
          status: 'rejected',
          code: first.code,
          receipt: await this.receiptV2(
            { messageId: stored.id, envelope: stored.envelope, status: 'rejected' },
            { recipient: caller, rejection: { code: first.code } },
          ),
        },
      ];
    }
    const statusMatch = /^\/v1\/messages\/([^/]+)\/status$/.exec(request.url);
    if (statusMatch) {
      const stored = this.messages.get(statusMatch[1]!);
      if (stored === undefined) {
        return [404, { error: { code: 'NOT_FOUND', message: 'Not found.' } }];
      }
      return [
        200,
        {
          id: stored.id,
          recipients: stored.to.map((agency) => ({
            agency,
            status: stored.rejectedBy.has(agency)
              ? 'rejected'
              : stored.acknowledgedBy.has(agency)
                ? 'acknowledged'
                : 'accepted',
            ...(stored.rejectedBy.has(agency)
              ? { rejectionCode: stored.rejectedBy.get(agency)!.code }
              : {}),
          })),
        },
      ];
    }
    return [404, { error: { code: 'NOT_FOUND', message: 'Not found.' } }];
  }
}
