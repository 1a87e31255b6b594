import type { Kysely } from 'kysely';
import { GatewayError } from '@nrm/client/errors';
import { encodeLeaf, leafBytes, messageIdOf, type LogEntryInput } from '@nrm/client/transparency';
import { hashLeaf, toHex } from '@nrm/client/transparency';
import { KyselyLogStorage } from './log-store.js';
import type { Database } from './tables.js';

/**
 * Append entries through `db` — pass the transaction that stores the fact, so the fact and
 * its log entries commit or roll back together. Positions come from the sequencer row: the
 * update takes its row lock, which every other appending transaction (in this process or
 * another) waits for until this one commits or rolls back, so positions are dense, unique and
 * commit in order.
 */
export async function appendLeaves(
  db: Kysely<Database>,
  entries: readonly LogEntryInput[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const storage = KyselyLogStorage.over(db);
  let seq = await storage.reserve(entries.length);
  for (const entry of entries) {
    let text: string;
    try {
      text = encodeLeaf(seq, entry);
    } catch (cause) {
      // The gateway builds its entries itself: an invalid one is a bug, not a bad request.
      throw new GatewayError('INTERNAL', {
        message: `Transparency log entry ${entry.kind} is not a valid pseudonymous fact.`,
        cause,
      });
    }
    await storage.append({
      seq,
      entry: text,
      leafHash: toHex(hashLeaf(leafBytes(text))),
      appendedAt: at.toISOString(),
      messageId: messageIdOf(entry),
    });
    seq += 1;
  }
}
