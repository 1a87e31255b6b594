import type { Kysely, Migration } from 'kysely';

/** Migration name for the gateway's migrator; sorts after the rejection columns. */
export const DELIVERY_CLAIMS_MIGRATION_NAME = '0301-delivery-claims';

/**
 * A webhook push claims its delivery until `claimed_until`, so a worker in another process
 * does not push it at the same time; a claim of a worker that died runs out by itself.
 * Text only (an ISO instant): SQLite and PostgreSQL alike.
 */
export const deliveryClaimsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('deliveries').addColumn('claimed_until', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('deliveries').dropColumn('claimed_until').execute();
  },
};
