import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The gateway's Prometheus metrics, one registry per server so tests do not share counters. */
export interface GatewayMetrics {
  registry: Registry;
  submissions: Counter<'outcome'>;
  deliveries: Counter<'outcome'>;
  httpDuration: Histogram<'route' | 'status'>;
  dpoAlerts: Counter;
  rejections: Counter<'code'>;
}

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    submissions: new Counter({
      name: 'nrm_submissions_total',
      help: 'Message submissions by outcome (accepted or error code).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'nrm_deliveries_total',
      help: 'Delivery transitions by outcome (delivered, acknowledged, rejected, withheld, expired, dead-lettered, retry).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    rejections: new Counter({
      name: 'nrm_rejections_total',
      help: 'Messages a recipient rejected because they failed its checks, by code.',
      labelNames: ['code'],
      registers: [registry],
    }),
    dpoAlerts: new Counter({
      name: 'nrm_dpo_alerts_total',
      help: 'Disclosures on a basis that alerts the data protection officer (vital interests).',
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'nrm_http_request_duration_seconds',
      help: 'HTTP request duration by route and status.',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
  };
}
