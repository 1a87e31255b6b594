import type { DeliveryNotice } from './delivery-notice.js';
import type { DeliveryTransport, NoticeReceivers } from './delivery-transport.js';
import { NoticeWaiters } from './notice-waiters.js';

/**
 * One process: a committed delivery wakes this process's long-polls and webhook worker
 * directly. Nothing is staged; a notice lost in a crash is made up by the worker's poll.
 */
export function embeddedTransport(): DeliveryTransport {
  const waiters = new NoticeWaiters();
  let receivers: NoticeReceivers = { api: false };
  return {
    kind: 'embedded',
    waiters,
    stage: () => Promise.resolve(),
    announce(notices: readonly DeliveryNotice[]) {
      for (const notice of notices) {
        if (receivers.api) {
          waiters.notify(notice);
        }
        receivers.worker?.(notice);
      }
    },
    start(next) {
      receivers = next;
      return Promise.resolve();
    },
    stop() {
      waiters.close();
      receivers = { api: false };
      return Promise.resolve();
    },
  };
}
