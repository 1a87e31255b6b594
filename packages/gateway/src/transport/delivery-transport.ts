import type { GatewayStore } from '../store/gateway-store.js';
import type { DeliveryNotice } from './delivery-notice.js';
import type { NoticeWaiters } from './notice-waiters.js';

/** What a process does: serve the API, push webhooks, or both (one process, the default). */
export type ProcessRole = 'api' | 'worker' | 'all';

/** What this process receives notices for. */
export interface NoticeReceivers {
  /** Wake this process's webhook worker (worker role); each notice reaches one worker. */
  worker?: (notice: DeliveryNotice) => void;
  /** Wake this process's long-polls (API role); every API process sees every notice. */
  api: boolean;
}

/**
 * How the gateway tells its workers and API processes that a delivery became available.
 * Embedded: in-process callbacks (one process). Kafka: a transactional outbox relayed to a
 * topic keyed by recipient, read by consumer groups (several processes).
 */
export interface DeliveryTransport {
  readonly kind: 'embedded' | 'kafka';
  /** Long-polls waiting in this process. */
  readonly waiters: NoticeWaiters;
  /** Inside the transaction that stores the deliveries (`tx` is the store opened in it). */
  stage(tx: GatewayStore, notices: readonly DeliveryNotice[]): Promise<void>;
  /** After that transaction committed. */
  announce(notices: readonly DeliveryNotice[]): void;
  /** Begin receiving; resolves once notices published from now on will arrive. */
  start(receivers: NoticeReceivers): Promise<void>;
  /** Ends waits, publishes what is staged (when it can) and disconnects. */
  stop(): Promise<void>;
}
