import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option } from 'commander';
import type { CliContext, GatewayKeyCommand, SeenKey } from '@nrm/client/cli';
import { readPublicKeys } from '@nrm/client/crypto';
import { GatewayError } from '@nrm/client/errors';
import { gatewayKeyFiles } from '../../server/gateway-key.js';

/**
 * `nrm gateway-key --data-dir <folder>`: the operator reads the fingerprint offline from the
 * gateway's data folder, to pass it on by another channel to the agencies that compare it.
 */
export function addGatewayKeyDataDir(gatewayKey: GatewayKeyCommand, context: CliContext): void {
  gatewayKey.addSource({
    option: new Option(
      '--data-dir <folder>',
      "read the key from the gateway's data folder (operator, offline)",
    ),
    read: (dataDir) => inDataDir(resolve(context.io.cwd, dataDir)),
  });
}

async function inDataDir(dataDir: string): Promise<SeenKey> {
  const file = gatewayKeyFiles(dataDir).publicKey;
  if (!existsSync(file)) {
    throw new GatewayError('NOT_FOUND', {
      message: `No gateway key in ${dataDir} (${file}); the gateway creates it on its first start.`,
      path: 'data-dir',
    });
  }
  const [key] = await readPublicKeys(readFileSync(file, 'utf8'));
  if (key === undefined) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: `${file} holds no public key.`,
      path: 'data-dir',
    });
  }
  return {
    fingerprint: key.getFingerprint(),
    validFrom: key.getCreationTime().toISOString(),
    source: file,
  };
}
