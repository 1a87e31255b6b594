import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../scripts/services/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the `gateway-postgres` project runs the gateway suites on. */
    nrmPostgresUrl: string;
  }
}

/** Start a real PostgreSQL for the run; each gateway then gets a database of its own. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startPostgres();
  project.provide('nrmPostgresUrl', postgres.url);
  return () => postgres.stop();
}
