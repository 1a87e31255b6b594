/** A running single-node Kafka broker (see kafka.mjs). */
export interface RunningKafka {
  /** `127.0.0.1:<port>` bootstrap addresses. */
  brokers: string[];
  dataDir: string;
  pid(): number | undefined;
  /** Waits for the JVM to exit; removes a throwaway data dir unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Stops and starts the broker on the same ports and log dir. */
  restart(): Promise<void>;
}

export interface StartKafkaOptions {
  dataDir?: string;
  port?: number;
  controllerPort?: number;
  readyTimeoutMs?: number;
  detached?: boolean;
  log?: (line: string) => void;
}

export const KAFKA_VERSION: string;
export function fetchKafkaJars(options?: { log?: (line: string) => void }): string;
export function startKafka(options?: StartKafkaOptions): Promise<RunningKafka>;
