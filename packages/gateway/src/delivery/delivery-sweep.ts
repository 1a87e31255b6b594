import { deliveryWithheldEntry } from '../dpo/log-facts.js';
import type { GatewayStore } from '../store/gateway-store.js';

/**
 * Consent is checked again at delivery (DESIGN.md step 5): a delivery that relied on a
 * consent that has since been withdrawn or has run out is withheld before it is handed over,
 * and a message past its expiry is no longer delivered. Returns how many rows changed; only
 * rows this sweep changed are logged, so sweeps running at once in several processes log
 * each withheld delivery once.
 */
export async function sweepDeliveries(
  store: GatewayStore,
  at: Date,
): Promise<{ withheld: number; expired: number }> {
  const now = at.toISOString();
  // Hold and log in one transaction: every withheld delivery is a logged fact.
  const withheld = await store.transaction(async (tx) => {
    const entries = [];
    for (const row of await tx.deliveries.lapsedConsents(now)) {
      const changed = await tx.deliveries.transition('withhold', row, now, {
        status_reason: 'consent withdrawn or expired',
        next_attempt_at: null,
      });
      if (changed > 0) {
        entries.push(
          deliveryWithheldEntry(
            { messageId: row.messageId, subject: row.subject, to: row.recipient },
            row.withdrawnAt !== null && row.withdrawnAt <= now
              ? 'consent-withdrawn'
              : 'consent-lapsed',
            at,
          ),
        );
      }
    }
    await tx.log.append(entries, at);
    return entries.length;
  });
  return { withheld, expired: await store.deliveries.expireDue(now) };
}
