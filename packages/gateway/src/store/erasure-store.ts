import { ErasureLogEntry } from '@nrm/domain';
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';
import type { ErasureRecordTables } from './migrations/erasure-records.js';

const recordsDb = (db: Kysely<Database>) => db.withTables<ErasureRecordTables>();

/** Keep the full plan of an executed erasure, in the caller's transaction. */
export async function saveErasureRecord(
  trx: Kysely<Database>,
  entry: ErasureLogEntry,
): Promise<void> {
  await recordsDb(trx)
    .insertInto('erasure_records')
    .values({
      request_id: entry.requestId,
      subject: entry.subject,
      at: entry.at,
      entry: JSON.stringify(entry),
    })
    .execute();
}

/** The executed erasures of one subject, oldest first. */
export async function erasureRecordsOf(
  db: Kysely<Database>,
  subject: string,
): Promise<ErasureLogEntry[]> {
  const rows = await recordsDb(db)
    .selectFrom('erasure_records')
    .select('entry')
    .where('subject', '=', subject)
    .orderBy('at')
    .orderBy('request_id')
    .execute();
  return rows.map((r) => ErasureLogEntry.parse(JSON.parse(r.entry)));
}
