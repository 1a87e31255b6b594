import { join } from 'node:path';
import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from '@nrm/domain';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { GATEWAY_POLICY, GATEWAY_PROFILE } from '../consent-check/gateway-policy.js';
import {
  DEFAULT_WEBHOOK_OPTIONS,
  startWebhookWorker,
  type WebhookOptions,
  type WebhookWorker,
} from '../delivery/webhook-worker.js';
import { recordUnloggedKeys } from '../dpo/key-events.js';
import { recordPolicyInForce } from '../policy/policy-in-force.js';
import { systemClock, type Clock } from '../registry/clock.js';
import { startRetentionWorker, type RetentionWorker } from '../retention/retention-sweep.js';
import { ROUTING_POLICY_2026_1 } from '../routing/routing-policy.js';
import { seedDemo } from '../seed/seed-demo.js';
import { openPostgresStore } from '../store/open-postgres-store.js';
import { openSqliteStore } from '../store/open-store.js';
import type { Database } from '../store/tables.js';
import {
  DEFAULT_CHECKPOINT_SCHEDULE,
  startCheckpointWorker,
  type CheckpointSchedule,
  type CheckpointWorker,
} from '../transparency/checkpoint-worker.js';
import { GatewayLog } from '../transparency/gateway-log.js';
import type { DeliveryTransport, ProcessRole } from '../transport/delivery-transport.js';
import { embeddedTransport } from '../transport/embedded-transport.js';
import {
  DEFAULT_KAFKA_OPTIONS,
  kafkaTransport,
  type KafkaTransportOptions,
} from '../transport/kafka-transport.js';
import { bootstrapOperator } from './bootstrap-operator.js';
import { buildServer, DEFAULT_SERVER_OPTIONS, type ServerOptions } from './build-server.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { loadGatewayKeyFile, loadOrCreateGatewayKey } from './gateway-key.js';
import { loadOrCreateNoteKey } from './gateway-note-key.js';
import { createMetrics } from '../context/metrics.js';

export interface StartGatewayOptions {
  /** Data directory: the SQLite file, the gateway key and the demo material. */
  dataDir: string;
  /**
   * A `postgres://` URL: keep the records in PostgreSQL, shared with other gateway processes.
   * Absent: the embedded SQLite file `gateway.sqlite` in `dataDir`.
   */
  databaseUrl?: string;
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /**
   * Seed the Serbian agencies, demo keys and tokens (idempotent). Default true. Without the
   * seed, the first start of an empty registry writes one operator token instead.
   */
  seed?: boolean;
  clock?: Clock;
  /** Accepted skew of an envelope's createdAt. Default 5 minutes. */
  replayWindowMs?: number;
  server?: Partial<ServerOptions>;
  webhook?: Partial<WebhookOptions>;
  /** Retention periods (default `DEFAULT_RETENTION_POLICY`; `retentionPolicyFromEnv` for env). */
  retention?: RetentionPolicy;
  /** How often the retention sweep deletes expired ciphertext. Default 1 hour. */
  retentionSweepMs?: number;
  /**
   * Folder of the gateway's keys and its own newest checkpoint (default: `dataDir`). Put it
   * where whoever can edit the database cannot write (threat model: transparency README).
   */
  keyDir?: string;
  /**
   * The gateway's signing key file, shared by every process of one gateway and kept apart
   * from the database; it must exist (`main.ts --init-gateway-key`). Absent: the key in
   * `keyDir`, created on first start.
   */
  gatewayKeyFile?: string;
  /** Passphrase that encrypts the gateway's private keys at rest. */
  keyPassphrase?: string;
  /** The log's checkpoint origin (and note key name). Default `nrm-gateway.local/log`. */
  logOrigin?: string;
  /** When tree heads are signed without a receipt asking (default every 100 entries or 60 s). */
  checkpoints?: Partial<CheckpointSchedule>;
  /**
   * `api` serves HTTP without pushing webhooks, `worker` pushes webhooks without serving HTTP
   * (its `url` is empty), `all` does both. Default `all`.
   */
  role?: ProcessRole;
  /** Deliver notices through Kafka (several processes); absent: in-process. */
  kafka?: Partial<KafkaTransportOptions> & Pick<KafkaTransportOptions, 'brokers'>;
}

/** The webhook worker of a process that does not push (API role). */
const NO_WEBHOOK_WORKER: WebhookWorker = {
  wake: () => {},
  runOnce: () => Promise.resolve(0),
  stop: () => Promise.resolve(),
};

/** The default checkpoint origin: name the log after the gateway's host in production. */
export const DEFAULT_LOG_ORIGIN = 'nrm-gateway.local/log';

/** The file of the gateway's own newest checkpoint, in the key folder. */
export const OWN_CHECKPOINT_FILE = 'log-checkpoint.txt';

/** A running gateway. `close()` stops the worker, the server and the store, in that order. */
export interface RunningGateway {
  url: string;
  /** The operator token file written by this start (an unseeded registry's first), if any. */
  operatorTokenFile?: string;
  ctx: GatewayContext;
  /** The raw database under `ctx.store`: for inspection and fault tests, not for handlers. */
  db: Kysely<Database>;
  app: FastifyInstance;
  webhooks: WebhookWorker;
  retention: RetentionWorker;
  checkpoints: CheckpointWorker;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Start a gateway on an embedded SQLite store (the `pnpm start` default, and the test fixture:
 * real HTTP on port 0 in a throwaway directory) or on PostgreSQL (`databaseUrl`).
 */
export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const clock = options.clock ?? systemClock;
  const store =
    options.databaseUrl === undefined
      ? await openSqliteStore(join(options.dataDir, 'gateway.sqlite'))
      : await openPostgresStore(options.databaseUrl);
  const role = options.role ?? 'all';
  // The worker needs the context and the context wakes the worker: tie the knot through a ref.
  const ref: { worker?: WebhookWorker; app?: FastifyInstance } = {};
  const transport: DeliveryTransport =
    options.kafka === undefined
      ? embeddedTransport()
      : kafkaTransport(
          store.store,
          clock,
          { ...DEFAULT_KAFKA_OPTIONS, ...options.kafka },
          (level, message, error) => ref.app?.log[level]({ err: error }, message),
        );
  try {
    let operatorTokenFile: string | undefined;
    if (options.seed ?? true) {
      await seedDemo(store.store.registry, options.dataDir, clock.now());
    } else {
      operatorTokenFile = await bootstrapOperator(
        store.store.registry,
        options.dataDir,
        clock.now(),
      );
    }
    const keyDir = options.keyDir ?? options.dataDir;
    const gatewayKey =
      options.gatewayKeyFile === undefined
        ? await loadOrCreateGatewayKey(keyDir, clock.now(), options.keyPassphrase)
        : await loadGatewayKeyFile(options.gatewayKeyFile, options.keyPassphrase);
    const origin = options.logOrigin ?? DEFAULT_LOG_ORIGIN;
    const noteKey = loadOrCreateNoteKey(keyDir, origin, options.keyPassphrase);
    const log = await GatewayLog.open(store.store, gatewayKey, () => clock.now(), {
      checkpoints: { signer: noteKey, origin },
      ownCheckpointFile: join(keyDir, OWN_CHECKPOINT_FILE),
    });
    await recordPolicyInForce(log, GATEWAY_POLICY, clock.now());
    await recordUnloggedKeys({ store: store.store, log, clock });
    const ctx: GatewayContext = {
      store: store.store,
      clock,
      gatewayKey,
      noteKey,
      logOrigin: origin,
      routing: ROUTING_POLICY_2026_1,
      policy: GATEWAY_POLICY,
      profile: GATEWAY_PROFILE,
      replayWindowMs: options.replayWindowMs ?? 5 * 60_000,
      metrics: createMetrics(),
      log,
      retention: options.retention ?? DEFAULT_RETENTION_POLICY,
      transport,
      alertDpo: (event) => {
        ctx.metrics.dpoAlerts.inc();
        ref.app?.log.warn({ dpoAlert: event }, 'disclosure on vital interests: DPO alert');
      },
    };
    // Before listening: a long-poll served from now on hears every notice.
    await transport.start({
      api: role !== 'worker',
      ...(role === 'api' ? {} : { worker: () => ref.worker?.wake() }),
    });
    const app = await buildServer(ctx, { ...DEFAULT_SERVER_OPTIONS, ...options.server });
    ref.app = app;
    const webhooks =
      role === 'api'
        ? NO_WEBHOOK_WORKER
        : startWebhookWorker(ctx, { ...DEFAULT_WEBHOOK_OPTIONS, ...options.webhook }, app.log);
    ref.worker = webhooks;
    const retention = startRetentionWorker(ctx, options.retentionSweepMs ?? 3_600_000, (error) => {
      app.log.error({ err: error }, 'retention sweep failed');
    });
    const checkpoints = startCheckpointWorker(
      log,
      { ...DEFAULT_CHECKPOINT_SCHEDULE, ...options.checkpoints },
      () => clock.now(),
      (error) => {
        app.log.error({ err: error }, 'checkpoint signing failed');
      },
    );
    const address =
      role === 'worker'
        ? ''
        : await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
    const close = async () => {
      // Waiting long-polls answer now, so closing the server does not wait for their timeout.
      transport.waiters.close();
      await webhooks.stop();
      await retention.stop();
      await app.close();
      // After the server: notices staged by its last requests are still published.
      await transport.stop();
      // After the server: the last requests' entries get covered by the final checkpoint.
      await checkpoints.stop().catch((error: unknown) => {
        app.log.error({ err: error }, 'final checkpoint failed');
      });
      await store.close();
    };
    return {
      url: address,
      ...(operatorTokenFile === undefined ? {} : { operatorTokenFile }),
      ctx,
      db: store.db,
      app,
      webhooks,
      retention,
      checkpoints,
      close,
      [Symbol.asyncDispose]: close,
    };
  } catch (error) {
    await transport.stop().catch(() => {});
    await store.close();
    throw error;
  }
}
