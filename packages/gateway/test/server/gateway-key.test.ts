/**
 * The gateway's own key as partners see it: `/v1/keys/gateway` serves the key in the data
 * dir, valid from its creation time (never 1970, and a restart does not move it); the private
 * half is readable by the gateway's user only.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPublicKeys } from '@nrm/client/crypto';
import { ManualClock } from '../../src/registry/clock.js';
import { gatewayKeyFiles, initGatewayKeyFile } from '../../src/server/gateway-key.js';
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

describe('NRM_GATEWAY_KEY_FILE: one key for every process, apart from the database', () => {
  it('is created only by the explicit init, never replaced, and is what every gateway signs with', async () => {
    const keyFile = join(dataDir, 'keys', 'gateway-key.asc');
    const folders = [join(dataDir, 'one'), join(dataDir, 'two')] as const;
    // A start with a key file that does not exist stops instead of minting a second key.
    await expect(
      startTestGateway({ dataDir: folders[0], gatewayKeyFile: keyFile }),
    ).rejects.toThrow(/does not exist: create it once with main.ts --init-gateway-key/);

    const created = await initGatewayKeyFile(keyFile, new Date());
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    await expect(initGatewayKeyFile(keyFile, new Date())).rejects.toThrow(/never replaced/);

    for (const folder of folders) {
      const gateway = await startTestGateway({ dataDir: folder, gatewayKeyFile: keyFile });
      const token = (await gateway.agency('rs.cptv')).token;
      const served = await call(gateway, 'GET', '/v1/keys/gateway', token);
      await gateway.close();
      expect(String(served.body.keys[0].fingerprint).toLowerCase()).toBe(
        created.fingerprint.toLowerCase(),
      );
      expect(existsSync(gatewayKeyFiles(folder).privateKey)).toBe(false);
    }
  });
});
