export type { DeliveryNotice } from './delivery-notice.js';
export type { DeliveryTransport, NoticeReceivers, ProcessRole } from './delivery-transport.js';
export { embeddedTransport } from './embedded-transport.js';
export {
  DEFAULT_KAFKA_OPTIONS,
  DEFAULT_NOTICE_TOPIC,
  kafkaTransport,
  type KafkaTransportOptions,
} from './kafka-transport.js';
export { NoticeWaiters, type NoticeWait } from './notice-waiters.js';
export { transportConfigFromEnv, type TransportConfig } from './transport-config.js';
