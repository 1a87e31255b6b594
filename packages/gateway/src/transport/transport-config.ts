import type { ProcessRole } from './delivery-transport.js';
import { DEFAULT_KAFKA_OPTIONS, type KafkaTransportOptions } from './kafka-transport.js';

export interface TransportConfig {
  role: ProcessRole;
  /** Absent: the embedded transport (one process). */
  kafka?: KafkaTransportOptions;
}

const ROLES: readonly ProcessRole[] = ['api', 'worker', 'all'];
// Kafka's own limit for topic names: letters, digits, '.', '_', '-', at most 249.
const TOPIC = /^[A-Za-z0-9._-]{1,249}$/;
const BROKER = /^[^\s:,]+:\d{1,5}$/;

/** NRM_ROLE, NRM_KAFKA_BROKERS and NRM_KAFKA_TOPIC; a wrong value stops the start, naming it. */
export function transportConfigFromEnv(env: Record<string, string | undefined>): TransportConfig {
  const role = (env['NRM_ROLE'] ?? 'all') as ProcessRole;
  if (!ROLES.includes(role)) {
    throw new Error(`NRM_ROLE must be one of ${ROLES.join(', ')}, got ${env['NRM_ROLE']}`);
  }
  const list = env['NRM_KAFKA_BROKERS']?.trim() ?? '';
  if (list === '') {
    if (env['NRM_KAFKA_TOPIC'] !== undefined) {
      throw new Error('NRM_KAFKA_TOPIC needs NRM_KAFKA_BROKERS');
    }
    return { role };
  }
  const brokers = list.split(',').map((b) => b.trim());
  const wrong = brokers.find((b) => !BROKER.test(b) || Number(b.split(':').pop()) > 65535);
  if (wrong !== undefined) {
    throw new Error(`NRM_KAFKA_BROKERS must list host:port entries, got "${wrong}"`);
  }
  const topic = env['NRM_KAFKA_TOPIC'] ?? DEFAULT_KAFKA_OPTIONS.topic;
  if (!TOPIC.test(topic)) {
    throw new Error(
      `NRM_KAFKA_TOPIC must be 1-249 letters, digits, '.', '_' or '-', got "${topic}"`,
    );
  }
  return { role, kafka: { ...DEFAULT_KAFKA_OPTIONS, brokers, topic } };
}
