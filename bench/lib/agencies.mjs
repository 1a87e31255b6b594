import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgencyPrivateKey, readPublicKeys } from './client.mjs';

/** A demo agency seeded by `--demo`: token, keys and fingerprint from its folder. */
export async function demoAgency(dataDir, id) {
  const read = (name) => readFileSync(join(dataDir, 'demo-agencies', id, name), 'utf8').trim();
  return {
    id,
    token: read('token'),
    fingerprint: read('fingerprint'),
    privateKeyText: `${read('private-key.asc')}\n`,
    privateKey: await readAgencyPrivateKey(`${read('private-key.asc')}\n`),
    publicKeys: await readPublicKeys(`${read('public-key.asc')}\n`),
  };
}
