/**
 * The gateway's own key as partners see it: `/v1/keys/gateway` serves the key in the data
 * dir, valid from its creation time (never 1970, and a restart does not move it); the private
 * half is readable by the gateway's user only.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPublicKeys } from '@nrm/client/crypto';
import { ManualClock } from '../../src/registry/clock.js';
import { gatewayKeyFiles } from '../../src/server/gateway-key.js';
import { call, startTestGateway } from './harness.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nrm-gateway-key-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('GET /v1/keys/gateway', () => {
  it('serves the data dir’s key, valid from its creation, across restarts', async () => {
    const created = new Date('2026-03-01T08:00:00.000Z');
    const first = await startTestGateway({ dataDir, clock: new ManualClock(created) });
    const token = (await first.agency('rs.cptv')).token;
    const served = await call(first, 'GET', '/v1/keys/gateway', token);
    await first.close();

    const files = gatewayKeyFiles(dataDir);
    const [onDisk] = await readPublicKeys(readFileSync(files.publicKey, 'utf8'));
    expect(served.status).toBe(200);
    expect(served.body).toEqual({
      agencyId: 'gateway',
      keys: [
        {
          fingerprint: onDisk?.getFingerprint(),
          publicKey: expect.stringContaining('BEGIN PGP PUBLIC KEY BLOCK') as unknown,
          validFrom: created.toISOString(),
          state: 'valid',
        },
      ],
    });
    expect(statSync(files.privateKey).mode & 0o777).toBe(0o600);

    const second = await startTestGateway({
      dataDir,
      clock: new ManualClock(new Date('2026-04-01T08:00:00.000Z')),
    });
    const again = await call(second, 'GET', '/v1/keys/gateway', token);
    await second.close();
    expect(again.body).toEqual(served.body);
  });
});
