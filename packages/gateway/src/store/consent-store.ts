import type { ConsentRecord, ConsentWithdrawal } from '@nrm/domain';
import type { Kysely } from 'kysely';
import { ConsentScope, type HeldConsent } from '../consent-check/consent-scope.js';
import type { ConsentTable, Database } from './tables.js';

/** A stored consent as the DPO's consent view lists it. */
export interface StoredConsent {
  id: string;
  scope: ConsentScope;
  recordMessageId: string;
  withdrawnAt: string | null;
}

// The withdrawal message carries no giver of its own: the person (or who acted for them) withdraws.
function withdrawalOf(row: ConsentTable, scope: ConsentScope): ConsentWithdrawal | undefined {
  return row.withdrawn_at === null
    ? undefined
    : {
        consentId: scope.id,
        withdrawnAt: row.withdrawn_at,
        withdrawnBy: scope.givenBy,
        recordedBy: scope.controller,
      };
}

/** Recorded consents (the signed scope in clear, ADR 0004) and their withdrawals. */
export class ConsentStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The consents with these ids that are recorded, with their withdrawal if any. */
  async held(ids: readonly string[]): Promise<Map<string, HeldConsent>> {
    const held = new Map<string, HeldConsent>();
    if (ids.length === 0) {
      return held;
    }
    const rows = await this.db
      .selectFrom('consents')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
    for (const row of rows) {
      const scope = ConsentScope.parse(JSON.parse(row.scope));
      held.set(row.id, { scope, withdrawal: withdrawalOf(row, scope) });
    }
    return held;
  }

  /** The consents recorded about a subject, and their withdrawals, as the domain models them. */
  async ofSubject(
    subject: string,
  ): Promise<{ consents: ConsentRecord[]; withdrawals: ConsentWithdrawal[] }> {
    const consents: ConsentRecord[] = [];
    const withdrawals: ConsentWithdrawal[] = [];
    for (const row of await this.rowsOf(subject)) {
      const scope = ConsentScope.parse(JSON.parse(row.scope));
      consents.push(scope);
      const withdrawal = withdrawalOf(row, scope);
      if (withdrawal !== undefined) {
        withdrawals.push(withdrawal);
      }
    }
    return { consents, withdrawals };
  }

  /** The consents about a subject with the message that recorded each. */
  async listOfSubject(subject: string): Promise<StoredConsent[]> {
    return (await this.rowsOf(subject)).map((r) => ({
      id: r.id,
      scope: ConsentScope.parse(JSON.parse(r.scope)),
      recordMessageId: r.record_message_id,
      withdrawnAt: r.withdrawn_at,
    }));
  }

  private rowsOf(subject: string): Promise<ConsentTable[]> {
    return this.db
      .selectFrom('consents')
      .selectAll()
      .where('subject', '=', subject)
      .orderBy('id')
      .execute();
  }
}
