import type { PrivateKey } from 'openpgp';
import type { JurisdictionProfile, LawfulBasisPolicy, RetentionPolicy } from '@nrm/domain';
import type { Clock } from '../registry/clock.js';
import type { RoutingPolicy } from '../routing/routing-policy.js';
import type { GatewayLog } from '../transparency/gateway-log.js';
import type { NoteSigner } from '@nrm/client/transparency';
import type { GatewayStore } from '../store/gateway-store.js';
import type { DeliveryTransport } from '../transport/delivery-transport.js';
import type { GatewayMetrics } from './metrics.js';

/** The gateway's own signing key (acceptance receipts). */
export interface GatewayKey {
  privateKey: PrivateKey;
  publicKey: string;
  fingerprint: string;
  /** The key's creation time: from when it signs receipts (ISO instant). */
  validFrom: string;
}

/** Everything a request handler needs; built once per server. */
export interface GatewayContext {
  /** The gateway's records by kind; the only way to the database. */
  store: GatewayStore;
  clock: Clock;
  gatewayKey: GatewayKey;
  /** The gateway's Ed25519 signed-note key: it signs the log's C2SP checkpoints. */
  noteKey: NoteSigner;
  /** The log's checkpoint origin line. */
  logOrigin: string;
  routing: RoutingPolicy;
  /** Lawful-basis policy and the jurisdiction whose roles it names (consent check). */
  policy: LawfulBasisPolicy;
  profile: JurisdictionProfile;
  /** Accepted distance between an envelope's createdAt and the gateway clock. */
  replayWindowMs: number;
  metrics: GatewayMetrics;
  /** The transparency log: facts are appended in their own transactions (`appendLeaves`). */
  log: GatewayLog;
  /** How long ciphertext and consent evidence are kept (retention sweep, erasure). */
  retention: RetentionPolicy;
  /** Announces new deliveries to webhook workers and long-polls (in-process or Kafka). */
  transport: DeliveryTransport;
  /** A disclosure relied on a rule that alerts the DPO (vital interests). */
  alertDpo(event: {
    messageId: string;
    recipient: string;
    ruleId: string;
    justification: string | undefined;
  }): void;
}
