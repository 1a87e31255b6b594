/** A running PostgreSQL started by `startPostgres`. */
export interface RunningPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, loopback only). */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export function startPostgres(options?: {
  binDir?: string;
  port?: number;
  dataDir?: string;
  keep?: boolean;
}): Promise<RunningPostgres>;
