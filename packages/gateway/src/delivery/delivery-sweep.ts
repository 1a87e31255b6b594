import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.js';

/**
 * Consent is checked again at delivery (DESIGN.md step 5): a delivery that relied on a
 * consent that has since been withdrawn or has run out is withheld before it is handed over,
 * and a message past its expiry is no longer delivered. Returns how many rows changed.
 */
export async function sweepDeliveries(
  db: Kysely<Database>,
  at: Date,
): Promise<{ withheld: number; expired: number }> {
  const now = at.toISOString();
  const held = await db
    .updateTable('deliveries')
    .set({
      status: 'withheld',
      status_reason: 'consent withdrawn or expired',
      next_attempt_at: null,
      updated_at: now,
    })
    .where('status', '=', 'accepted')
    .where('consent_id', 'in', (eb) =>
      eb
        .selectFrom('consents')
        .select('consents.id')
        .where((c) => c.or([c('withdrawn_at', '<=', now), c('valid_until', '<=', now)])),
    )
    .executeTakeFirst();
  const expired = await db
    .updateTable('deliveries')
    .set({
      status: 'expired',
      status_reason: 'message expired before delivery',
      next_attempt_at: null,
      updated_at: now,
    })
    .where('status', '=', 'accepted')
    .where('message_id', 'in', (eb) =>
      eb.selectFrom('messages').select('messages.id').where('expires_at', '<=', now),
    )
    .executeTakeFirst();
  return { withheld: Number(held.numUpdatedRows), expired: Number(expired.numUpdatedRows) };
}
