import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../server/start-gateway.js';
import { probeGateway } from './find-gateway.js';

let gateway: RunningGateway;
let dataDir: string;
let otherDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nrm-probe-'));
  otherDir = mkdtempSync(join(tmpdir(), 'nrm-probe-other-'));
  gateway = await startGateway({ dataDir, port: 0, server: { logger: false } });
  // A second registry's demo agencies: tokens the first gateway never issued.
  await (await startGateway({ dataDir: otherDir, port: 0, server: { logger: false } })).close();
});
afterAll(async () => {
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(otherDir, { recursive: true, force: true });
});

describe('probeGateway (pnpm demo looking for a running gateway)', () => {
  it('finds a gateway that accepts the demo tokens of the folder', async () => {
    expect(await probeGateway(gateway.url, join(dataDir, 'demo-agencies'))).toEqual({
      found: true,
    });
  });

  it('passes over a gateway of another data folder, nothing listening, and no demo agencies', async () => {
    expect(await probeGateway(gateway.url, join(otherDir, 'demo-agencies'))).toEqual({
      found: false,
      reason: `the gateway at ${gateway.url} does not accept the demo tokens in ${join(otherDir, 'demo-agencies')} (HTTP 401)`,
    });
    const stopped = await startGateway({ dataDir: otherDir, port: 0, server: { logger: false } });
    const gone = stopped.url;
    await stopped.close();
    expect(await probeGateway(gone, join(dataDir, 'demo-agencies'))).toEqual({
      found: false,
      reason: `nothing answers at ${gone}`,
    });
    expect(await probeGateway(gateway.url, join(otherDir, 'nowhere'))).toEqual({
      found: false,
      reason: `no demo agencies in ${join(otherDir, 'nowhere')}`,
    });
  });
});
