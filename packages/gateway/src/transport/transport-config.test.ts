import { describe, expect, it } from 'vitest';
import { transportConfigFromEnv } from './transport-config.js';

describe('transportConfigFromEnv', () => {
  it('defaults to one process doing everything, in-process notices', () => {
    expect(transportConfigFromEnv({})).toEqual({ role: 'all' });
  });

  it('reads the brokers, the topic and the role', () => {
    const config = transportConfigFromEnv({
      NRM_ROLE: 'worker',
      NRM_KAFKA_BROKERS: '10.0.0.1:9092, kafka-2.internal:9093',
      NRM_KAFKA_TOPIC: 'prod.nrm.delivery-notices',
    });
    expect(config.role).toBe('worker');
    expect(config.kafka?.brokers).toEqual(['10.0.0.1:9092', 'kafka-2.internal:9093']);
    expect(config.kafka?.topic).toBe('prod.nrm.delivery-notices');
  });

  it.each([
    [{ NRM_ROLE: 'both' }, /NRM_ROLE must be one of api, worker, all, got both/],
    [{ NRM_KAFKA_BROKERS: 'kafka' }, /NRM_KAFKA_BROKERS must list host:port entries, got "kafka"/],
    [{ NRM_KAFKA_BROKERS: 'a:9092,,b:9092' }, /got ""/],
    [{ NRM_KAFKA_BROKERS: 'a:70000' }, /got "a:70000"/],
    [{ NRM_KAFKA_BROKERS: 'a:9092', NRM_KAFKA_TOPIC: 'no spaces' }, /NRM_KAFKA_TOPIC must be/],
    [{ NRM_KAFKA_TOPIC: 'nrm' }, /NRM_KAFKA_TOPIC needs NRM_KAFKA_BROKERS/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => transportConfigFromEnv(env)).toThrow(message);
  });
});
