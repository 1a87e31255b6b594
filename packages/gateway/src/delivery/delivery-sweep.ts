import type { Kysely } from 'kysely';
import { deliveryWithheldEntry } from '../dpo/log-facts.js';
import type { Database } from '../store/tables.js';
import { appendLeaves } from '../transparency/gateway-log.js';

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
  // Select, hold and log in one transaction: every withheld delivery is a logged fact.
  const withheld = await db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('deliveries')
      .innerJoin('consents', 'consents.id', 'deliveries.consent_id')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select([
        'deliveries.message_id',
        'deliveries.recipient',
        'messages.subject',
        'consents.withdrawn_at',
      ])
      .where('deliveries.status', '=', 'accepted')
      .where((c) =>
        c.or([c('consents.withdrawn_at', '<=', now), c('consents.valid_until', '<=', now)]),
      )
      .orderBy('deliveries.message_id')
      .orderBy('deliveries.recipient')
      .execute();
    for (const row of due) {
      await trx
        .updateTable('deliveries')
        .set({
          status: 'withheld',
          status_reason: 'consent withdrawn or expired',
          next_attempt_at: null,
          updated_at: now,
        })
        .where('message_id', '=', row.message_id)
        .where('recipient', '=', row.recipient)
        .execute();
    }
    await appendLeaves(
      trx,
      due.map((row) =>
        deliveryWithheldEntry(
          { messageId: row.message_id, subject: row.subject, to: row.recipient },
          row.withdrawn_at !== null && row.withdrawn_at <= now
            ? 'consent-withdrawn'
            : 'consent-lapsed',
          at,
        ),
      ),
      at,
    );
    return due.length;
  });
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
  return { withheld, expired: Number(expired.numUpdatedRows) };
}
