import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair } from '../registry/openpgp-signature.js';
import type { RegistryStore } from '../store/registry-store.js';
import type { AdminRole } from '../store/registry/admin-users.js';
import { SERBIAN_NRM_AGENCIES, type SeedAgency } from './serbian-agencies.js';

/** Where the demo material of one agency lives: `<dataDir>/demo-agencies/<id>/`. */
export function demoAgencyDir(dataDir: string, agencyId: string): string {
  return join(dataDir, 'demo-agencies', agencyId);
}

/** The demo material the seed writes for an agency (for the demo, the tests and the gpg guide). */
export interface DemoAgency {
  id: string;
  token: string;
  privateKey: string;
  publicKey: string;
  fingerprint: string;
}

export function readDemoAgency(dataDir: string, agencyId: string): DemoAgency {
  const dir = demoAgencyDir(dataDir, agencyId);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8').trim();
  return {
    id: agencyId,
    token: read('token'),
    privateKey: `${read('private-key.asc')}\n`,
    publicKey: `${read('public-key.asc')}\n`,
    fingerprint: read('fingerprint'),
  };
}

async function seedAgency(
  registry: RegistryStore,
  dataDir: string,
  agency: SeedAgency,
  at: Date,
): Promise<void> {
  const dir = demoAgencyDir(dataDir, agency.id);
  const done = join(dir, 'token');
  if (existsSync(done) && (await registry.findAgency(agency.id)) !== undefined) {
    return;
  }
  await registry.upsertAgency(agency, null, at);
  const pair = await generateKeyPair(agency.id, at);
  await registry.registerKey(agency.id, pair.publicKey, { validFrom: at }, at);
  const { token } = await registry.issueCredential(agency.id, ['send', 'receive'], at);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'private-key.asc'), pair.privateKey, { mode: 0o600 });
  writeFileSync(join(dir, 'public-key.asc'), pair.publicKey);
  writeFileSync(join(dir, 'fingerprint'), `${pair.fingerprint}\n`);
  writeFileSync(join(dir, 'agency.json'), `${JSON.stringify(agency, null, 2)}\n`);
  // Written last: its presence marks the agency as fully seeded.
  writeFileSync(done, `${token}\n`, { mode: 0o600 });
}

async function seedAdmin(
  registry: RegistryStore,
  dataDir: string,
  role: AdminRole,
  at: Date,
): Promise<void> {
  const dir = join(dataDir, 'demo-admins', role);
  const file = join(dir, 'token');
  if (existsSync(file)) {
    return;
  }
  const { token } = await registry.createAdminUser(`demo ${role}`, role, at);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
}

/**
 * Seed the Serbian NRM agencies with demo keys and tokens, and one admin per role.
 * Idempotent: what is already seeded is left alone, so restarts keep keys and tokens.
 */
export async function seedDemo(registry: RegistryStore, dataDir: string, at: Date): Promise<void> {
  for (const agency of SERBIAN_NRM_AGENCIES) {
    await seedAgency(registry, dataDir, agency, at);
  }
  for (const role of ['dpo', 'operator', 'auditor'] as const) {
    await seedAdmin(registry, dataDir, role, at);
  }
}

/** The admin token of a demo role. */
export function readDemoAdminToken(dataDir: string, role: AdminRole): string {
  return readFileSync(join(dataDir, 'demo-admins', role, 'token'), 'utf8').trim();
}
