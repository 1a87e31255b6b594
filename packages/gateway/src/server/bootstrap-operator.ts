import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createAdminUser } from '../store/registry/admin-users.js';
import type { Database } from '../store/tables.js';

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
  db: Kysely<Database>,
  dataDir: string,
  at: Date,
): Promise<string | undefined> {
  const admin = await db.selectFrom('admin_users').select('id').limit(1).executeTakeFirst();
  if (admin !== undefined) {
    return undefined;
  }
  const { token } = await createAdminUser(db, 'first operator', 'operator', at);
  const file = operatorTokenFile(dataDir);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return file;
}
