import type { Kysely, Migration } from 'kysely';

/** Migration name for the gateway's migrator; sorts after the retention tables. */
export const REJECTION_MIGRATION_NAME = '0300-delivery-rejection';

/**
 * A recipient may reject a message it cannot accept: the delivery keeps the stable code it
 * gave (shown to the sender) and when. Text columns only: SQLite and PostgreSQL alike.
 */
export const rejectionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('deliveries').addColumn('rejection_code', 'text').execute();
    await db.schema.alterTable('deliveries').addColumn('rejected_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('deliveries').dropColumn('rejected_at').execute();
    await db.schema.alterTable('deliveries').dropColumn('rejection_code').execute();
  },
};
