export { DELIVERY_STATUSES, type DeliveryStatus } from './delivery-status.js';
export { sweepDeliveries } from './delivery-sweep.js';
export { pullInbox, acknowledge, type DeliveredMessage } from './inbox.js';
export { rejectDelivery, type Rejection, type RejectionAnswer } from './reject.js';
export { REJECTION_CODES, isRejectionCode, type RejectionCode } from '@nrm/client/errors';
export { messageStatus, type MessageStatus, type RecipientStatus } from './message-status.js';
export { backoffDelay } from './backoff.js';
export {
  startWebhookWorker,
  redeliver,
  DEFAULT_WEBHOOK_OPTIONS,
  type WebhookOptions,
  type WebhookWorker,
} from './webhook-worker.js';
