import { sql, type Kysely } from 'kysely';
import { deliveryWithheldEntry } from '../dpo/log-facts.js';
import type { LogEntryInput } from '@nrm/client/transparency';
import { ConsentStore } from './consent-store.js';
import { DeliveryStore } from './delivery-store.js';
import type { StoreDialect } from './dialect.js';
import { appendLeaves } from './log-appender.js';
import { KyselyLogStorage } from './log-store.js';
import { MessageStore, type AcceptanceRows } from './message-store.js';
import { OperationsStore } from './operations-store.js';
import { outboxStore, type OutboxStore } from './outbox-store.js';
import { RegistryStore } from './registry-store.js';
import { RetentionStore } from './retention-store.js';
import type { Database } from './tables.js';

/** An accepted submission: its rows and the log entries that commit with them. */
export interface Acceptance extends AcceptanceRows {
  entries: LogEntryInput[];
}

/** Appends transparency-log entries in the transaction of the store it belongs to. */
export class LogAppender {
  constructor(private readonly db: Kysely<Database>) {}

  append(entries: readonly LogEntryInput[], at: Date): Promise<void> {
    return appendLeaves(this.db, entries, at);
  }
}

/**
 * The gateway's records, by kind. All SQL of the gateway is behind these stores; the same
 * code runs on SQLite and PostgreSQL (`StoreDialect` holds what differs). A store opened in
 * {@link GatewayStore.transaction} reads and writes inside that transaction.
 */
export class GatewayStore {
  readonly registry: RegistryStore;
  readonly messages: MessageStore;
  readonly deliveries: DeliveryStore;
  readonly consents: ConsentStore;
  readonly retention: RetentionStore;
  /** What the admin pages read, and published statistics. */
  readonly operations: OperationsStore;
  /** Delivery notices waiting for the relay (Kafka transport). */
  readonly outbox: OutboxStore;
  /** Leaves and signed heads of the transparency log. */
  readonly logStorage: KyselyLogStorage;
  /** Appends log entries; inside a transaction they commit with the facts they record. */
  readonly log: LogAppender;

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
  ) {
    this.registry = new RegistryStore(db);
    this.messages = new MessageStore(db);
    this.deliveries = new DeliveryStore(db, dialect);
    this.consents = new ConsentStore(db);
    this.retention = new RetentionStore(db);
    this.outbox = outboxStore(db);
    this.operations = new OperationsStore(db);
    this.logStorage = KyselyLogStorage.over(db);
    this.log = new LogAppender(db);
  }

  /** Run `work` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (tx: GatewayStore) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new GatewayStore(trx, this.dialect)));
  }

  /** Append entries in a transaction of their own (facts that have no other row). */
  record(entries: readonly LogEntryInput[], at: Date): Promise<void> {
    if (entries.length === 0) {
      return Promise.resolve();
    }
    return this.transaction((tx) => tx.log.append(entries, at));
  }

  /**
   * Store an accepted message in one transaction: the seen id, the message, its deliveries,
   * a consent record or a withdrawal (holding the pending deliveries that relied on it, each
   * logged) and the log entries. `duplicate` when the id was stored first by a concurrent
   * submit, in this process or another (the caller answers with the stored acceptance).
   * `alsoCommit` writes what must exist exactly when the deliveries do (outbox notices).
   */
  async accept(
    acceptance: Acceptance,
    at: Date,
    alsoCommit?: (tx: GatewayStore) => Promise<void>,
  ): Promise<'accepted' | 'duplicate'> {
    try {
      return await this.transaction(async (tx) => {
        if ((await tx.messages.seenDigest(acceptance.seen.id)) !== undefined) {
          return 'duplicate';
        }
        await tx.messages.insert(acceptance);
        const entries = [...acceptance.entries];
        const withdrawal = acceptance.withdrawal;
        if (withdrawal !== undefined) {
          // Hold everything not yet handed over that relied on the withdrawn consent (SCENARIOS S4).
          for (const held of await tx.deliveries.reliantOn(withdrawal.consentIds)) {
            const changed = await tx.deliveries.transition('withhold', held, withdrawal.at, {
              status_reason: 'consent withdrawn',
              next_attempt_at: null,
            });
            if (changed > 0) {
              entries.push(
                deliveryWithheldEntry(
                  { messageId: held.messageId, subject: held.subject, to: held.recipient },
                  'consent-withdrawn',
                  at,
                ),
              );
            }
          }
        }
        await tx.log.append(entries, at);
        await alsoCommit?.(tx);
        return 'accepted';
      });
    } catch (error) {
      // Two transactions inserted the same id; the one that committed holds the answer.
      if (
        this.dialect.isUniqueViolation(error) &&
        (await this.messages.seenDigest(acceptance.seen.id)) !== undefined
      ) {
        return 'duplicate';
      }
      throw error;
    }
  }

  /** Claim the deliveries due for a webhook push (see {@link DeliveryStore.claimForPush}). */
  claimDeliveries(at: Date, claimMs: number, limit: number) {
    const until = new Date(at.getTime() + claimMs).toISOString();
    return this.transaction((tx) => tx.deliveries.claimForPush(at.toISOString(), until, limit));
  }

  /** A round trip to the database (readiness probe). */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }
}
