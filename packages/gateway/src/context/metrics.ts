import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The gateway's Prometheus metrics, one registry per server so tests do not share counters. */
export interface GatewayMetrics {
  registry: Registry;
  submissions: Counter<'outcome'>;
  deliveries: Counter<'outcome'>;
  httpDuration: Histogram<'route' | 'status'>;
  dpoAlerts: Counter;
  rejections: Counter<'code'>;
  /** Inbox long-polls that ended, by how: `woken` by a delivery notice or `timed-out`. */
  longPolls: Counter<'outcome'>;
  waitingPolls: Gauge;
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
    longPolls: new Counter({
      name: 'nrm_inbox_long_polls_total',
      help: 'Inbox long-polls that waited, by outcome (woken by a delivery notice, timed-out).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    waitingPolls: new Gauge({
      name: 'nrm_inbox_waiting_polls',
      help: 'Inbox long-polls waiting for a delivery notice now.',
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
