import type { Kysely, Selectable, Updateable } from 'kysely';
import {
  deliveryTransition,
  type DeliveryEvent,
  type DeliveryStatus,
} from '../delivery/delivery-status.js';
import type { StoreDialect } from './dialect.js';
import type { Database, DeliveryTable } from './tables.js';

/** One delivery row, as the status answer shows it. */
export type DeliveryRow = Selectable<DeliveryTable>;

/** A delivery the webhook worker pushes now. */
export interface DueDelivery {
  messageId: string;
  recipient: string;
  attempts: number;
  webhookUrl: string;
  envelope: Uint8Array;
  envelopeSignature: string;
  payload: Uint8Array;
}

/** A message as handed over to its recipient (inbox pull). */
export interface InboxRow {
  id: string;
  envelope: Uint8Array;
  envelopeSignature: string;
  payload: Uint8Array;
  status: string;
}

/** What the recipient's acknowledgement or rejection is checked against. */
export interface RecipientView {
  status: DeliveryStatus;
  deliveredAt: string | null;
  rejectionCode: string | null;
  envelopeDigest: string;
  subject: string;
}

/** A delivery in the way of a consent's withdrawal or lapse. */
export interface HeldDelivery {
  messageId: string;
  recipient: string;
  subject: string;
  withdrawnAt: string | null;
}

type DeliveryChange = Omit<Updateable<DeliveryTable>, 'status' | 'message_id' | 'recipient'>;

/**
 * Deliveries, one row per message and recipient. Every status change goes through
 * {@link DeliveryStore.transition}, which updates only from the statuses the delivery
 * life cycle (`DELIVERY_TRANSITIONS`) allows for the event and says how many rows changed.
 */
export class DeliveryStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * Apply `event` to the delivery of `messageId` to `recipient` if its status allows it.
   * Returns how many rows changed (0 when another process changed it first).
   */
  async transition(
    event: DeliveryEvent,
    key: { messageId: string; recipient: string },
    at: string,
    change: DeliveryChange = {},
  ): Promise<number> {
    const { from, to } = deliveryTransition(event);
    const result = await this.db
      .updateTable('deliveries')
      .set({ ...change, status: to, updated_at: at })
      .where('message_id', '=', key.messageId)
      .where('recipient', '=', key.recipient)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Hand over several messages to one recipient (inbox pull); returns how many changed. */
  async handOver(recipient: string, messageIds: readonly string[], at: string): Promise<number> {
    if (messageIds.length === 0) {
      return 0;
    }
    const { from, to } = deliveryTransition('hand-over');
    const result = await this.db
      .updateTable('deliveries')
      .set({ status: to, delivered_at: at, next_attempt_at: null, updated_at: at })
      .where('recipient', '=', recipient)
      .where('message_id', 'in', [...messageIds])
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Expire every delivery that can still expire of a message past its expiry. */
  async expireDue(at: string): Promise<number> {
    const { from, to } = deliveryTransition('expire');
    const result = await this.db
      .updateTable('deliveries')
      .set({
        status: to,
        status_reason: 'message expired before delivery',
        next_attempt_at: null,
        updated_at: at,
      })
      .where('status', 'in', from)
      .where('message_id', 'in', (eb) =>
        eb.selectFrom('messages').select('messages.id').where('expires_at', '<=', at),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Pending deliveries relying on a consent withdrawn or run out by `at`. */
  lapsedConsents(at: string): Promise<HeldDelivery[]> {
    const { from } = deliveryTransition('withhold');
    return this.db
      .selectFrom('deliveries')
      .innerJoin('consents', 'consents.id', 'deliveries.consent_id')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.message_id as messageId',
        'deliveries.recipient',
        'messages.subject',
        'consents.withdrawn_at as withdrawnAt',
      ])
      .where('deliveries.status', 'in', from)
      .where((c) =>
        c.or([c('consents.withdrawn_at', '<=', at), c('consents.valid_until', '<=', at)]),
      )
      .orderBy('deliveries.message_id')
      .orderBy('deliveries.recipient')
      .execute();
  }

  /** Pending deliveries relying on one of these consents (a withdrawal holds them). */
  reliantOn(consentIds: readonly string[]): Promise<HeldDelivery[]> {
    const { from } = deliveryTransition('withhold');
    return this.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.message_id as messageId',
        'deliveries.recipient',
        'messages.subject',
        (eb) => eb.val<string | null>(null).as('withdrawnAt'),
      ])
      .where('deliveries.consent_id', 'in', [...consentIds])
      .where('deliveries.status', 'in', from)
      .orderBy('deliveries.message_id')
      .orderBy('deliveries.recipient')
      .execute();
  }

  /**
   * Claim the deliveries due for a webhook push at `at` until `claimUntil`, soonest first;
   * run it in a transaction. PostgreSQL skips rows another transaction is claiming
   * (`FOR UPDATE SKIP LOCKED`); on both databases a row is taken only by the update that
   * finds it unclaimed (or its claim run out), so two workers never push one delivery at once.
   */
  async claimForPush(at: string, claimUntil: string, limit: number): Promise<DueDelivery[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .innerJoin('agencies', 'agencies.id', 'deliveries.recipient')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.message_id',
        'deliveries.recipient',
        'deliveries.attempts',
        'agencies.webhook_url',
        'messages.envelope',
        'messages.envelope_signature',
        'messages.payload',
      ])
      .where('deliveries.status', '=', 'accepted')
      .where('deliveries.next_attempt_at', '<=', at)
      .where((eb) =>
        eb.or([
          eb('deliveries.claimed_until', 'is', null),
          eb('deliveries.claimed_until', '<=', at),
        ]),
      )
      .where('agencies.webhook_url', 'is not', null)
      .orderBy('deliveries.next_attempt_at')
      .limit(limit)
      .$if(this.dialect.skipLocked, (q) => q.forUpdate('deliveries').skipLocked())
      .execute();
    const claimed: DueDelivery[] = [];
    for (const r of rows) {
      const result = await this.db
        .updateTable('deliveries')
        .set({ claimed_until: claimUntil })
        .where('message_id', '=', r.message_id)
        .where('recipient', '=', r.recipient)
        .where('status', '=', 'accepted')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at)]))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) {
        claimed.push({
          messageId: r.message_id,
          recipient: r.recipient,
          attempts: r.attempts,
          webhookUrl: r.webhook_url ?? '',
          envelope: r.envelope,
          envelopeSignature: r.envelope_signature,
          payload: r.payload,
        });
      }
    }
    return claimed;
  }

  /** A push that failed and will be tried again at `next` (the status stays). */
  async scheduleRetry(
    key: { messageId: string; recipient: string },
    attempts: number,
    next: string,
    failure: string,
    at: string,
  ): Promise<number> {
    const result = await this.db
      .updateTable('deliveries')
      .set({
        attempts,
        next_attempt_at: next,
        last_error: failure,
        claimed_until: null,
        updated_at: at,
      })
      .where('message_id', '=', key.messageId)
      .where('recipient', '=', key.recipient)
      .where('status', '=', 'accepted')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** The recipient's pending messages not past expiry, oldest accepted first. */
  async inbox(recipient: string, at: string, limit: number): Promise<InboxRow[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'messages.id',
        'messages.envelope',
        'messages.envelope_signature',
        'messages.payload',
        'deliveries.status',
      ])
      .where('deliveries.recipient', '=', recipient)
      .where('deliveries.status', 'in', ['accepted', 'delivered'])
      .where('messages.expires_at', '>', at)
      .orderBy('messages.accepted_at')
      .orderBy('messages.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      envelope: r.envelope,
      envelopeSignature: r.envelope_signature,
      payload: r.payload,
      status: r.status,
    }));
  }

  /** One recipient's delivery of a message, with what its receipt must name. */
  async ofRecipient(messageId: string, recipient: string): Promise<RecipientView | undefined> {
    const row = await this.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.status',
        'deliveries.delivered_at',
        'deliveries.rejection_code',
        'messages.envelope_digest',
        'messages.subject',
      ])
      .where('deliveries.message_id', '=', messageId)
      .where('deliveries.recipient', '=', recipient)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          status: row.status as DeliveryStatus,
          deliveredAt: row.delivered_at,
          rejectionCode: row.rejection_code,
          envelopeDigest: row.envelope_digest,
          subject: row.subject,
        };
  }

  /** The deliveries of a message (only `recipient`'s when given), by recipient. */
  ofMessage(messageId: string, recipient?: string): Promise<DeliveryRow[]> {
    let query = this.db.selectFrom('deliveries').selectAll().where('message_id', '=', messageId);
    if (recipient !== undefined) {
      query = query.where('recipient', '=', recipient);
    }
    return query.orderBy('recipient').execute();
  }

  /** The newest changed deliveries (of one status if given), for operators. */
  async list(status: DeliveryStatus | undefined, limit: number) {
    let query = this.db
      .selectFrom('deliveries')
      .select([
        'message_id',
        'recipient',
        'status',
        'status_reason',
        'attempts',
        'last_error',
        'updated_at',
        'basis',
      ]);
    if (status !== undefined) {
      query = query.where('status', '=', status);
    }
    return query.orderBy('updated_at', 'desc').limit(limit).execute();
  }

  /** When each handed-over delivery was delivered and acknowledged, keyed `messageId recipient`. */
  async handOverTimes(): Promise<
    Map<string, { deliveredAt: string | null; acknowledgedAt: string | null }>
  > {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['message_id', 'recipient', 'delivered_at', 'acknowledged_at'])
      .where('delivered_at', 'is not', null)
      .execute();
    return new Map(
      rows.map((r) => [
        `${r.message_id} ${r.recipient}`,
        { deliveredAt: r.delivered_at, acknowledgedAt: r.acknowledged_at },
      ]),
    );
  }
}
