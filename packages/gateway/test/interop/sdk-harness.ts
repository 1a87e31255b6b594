/**
 * A real gateway (embedded SQLite, port 0, seeded demo agencies) and SDK clients for its demo
 * agencies, shared by the SDK end-to-end tests. Call inside a test file: it registers its own
 * beforeAll/afterAll and removes every folder it made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { NrmClient, readAgencyPrivateKey, type InboxItem } from '@nrm/client';
import { readDemoAgency } from '../../src/seed/seed-demo.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { testDatabase } from '../test-database.js';

export interface SdkHarness {
  readonly gateway: RunningGateway;
  readonly dataDir: string;
  readonly tempDir: (prefix: string) => string;
  readonly clientFor: (
    agencyId: string,
    stateDir?: string,
    fetchFn?: typeof fetch,
  ) => Promise<NrmClient>;
}

export function useSdkHarness(prefix: string): SdkHarness {
  const dirs: string[] = [];
  let gateway: RunningGateway | undefined;
  let dataDir = '';
  const tempDir = (p: string): string => {
    const dir = mkdtempSync(join(tmpdir(), p));
    dirs.push(dir);
    return dir;
  };
  beforeAll(async () => {
    dataDir = tempDir(prefix);
    gateway = await startGateway({
      dataDir,
      ...(await testDatabase(dataDir)),
      port: 0,
      server: { logger: false },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const running = (): RunningGateway => {
    if (gateway === undefined) {
      throw new Error('the gateway starts in beforeAll');
    }
    return gateway;
  };
  return {
    get gateway() {
      return running();
    },
    get dataDir() {
      return dataDir;
    },
    tempDir,
    clientFor: async (agencyId, stateDir = tempDir('nrm-sdk-state-'), fetchFn) => {
      const demo = readDemoAgency(dataDir, agencyId);
      return new NrmClient({
        gatewayUrl: running().url,
        token: demo.token,
        agencyId,
        privateKey: await readAgencyPrivateKey(demo.privateKey),
        stateDir,
        ...(fetchFn === undefined ? {} : { fetch: fetchFn }),
      });
    },
  };
}

/** Every item the inbox yields until it is empty. */
export async function drain(items: AsyncIterable<InboxItem>): Promise<InboxItem[]> {
  const all: InboxItem[] = [];
  for await (const item of items) {
    all.push(item);
  }
  return all;
}
