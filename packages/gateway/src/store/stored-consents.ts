import type { ConsentRecord, ConsentWithdrawal } from '@nrm/domain';
import type { Kysely } from 'kysely';
import { ConsentScope } from '../consent-check/consent-scope.js';
import type { Database } from './tables.js';

/** The consents recorded about a subject, and their withdrawals, as the domain models them. */
export async function storedConsents(
  db: Kysely<Database>,
  subject: string,
): Promise<{ consents: ConsentRecord[]; withdrawals: ConsentWithdrawal[] }> {
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('subject', '=', subject)
    .orderBy('id')
    .execute();
  const consents: ConsentRecord[] = [];
  const withdrawals: ConsentWithdrawal[] = [];
  for (const row of rows) {
    const scope = ConsentScope.parse(JSON.parse(row.scope));
    consents.push(scope);
    if (row.withdrawn_at !== null) {
      // A withdrawal message names no giver: the person (or who acted for them) withdraws.
      withdrawals.push({
        consentId: scope.id,
        withdrawnAt: row.withdrawn_at,
        withdrawnBy: scope.givenBy,
        recordedBy: scope.controller,
      });
    }
  }
  return { consents, withdrawals };
}
