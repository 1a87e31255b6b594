import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryStore } from '../store/registry-store.js';

/** Where a production gateway leaves its first operator token. */
export function operatorTokenFile(dataDir: string): string {
  return join(dataDir, 'operator-token');
}

/**
 * A production registry starts empty, and only an operator can register agencies: on the
 * first start, when no admin exists, create one operator and write its token (0600) for the
 * person who runs the gateway to take away. Returns the file when it was written now.
 */
export async function bootstrapOperator(
  registry: RegistryStore,
  dataDir: string,
  at: Date,
): Promise<string | undefined> {
  if (await registry.hasAdmin()) {
    return undefined;
  }
  const { token } = await registry.createAdminUser('first operator', 'operator', at);
  const file = operatorTokenFile(dataDir);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return file;
}
