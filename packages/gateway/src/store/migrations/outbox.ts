import type { Kysely, Migration } from 'kysely';
import type { SqlDialectName } from '../dialect.js';

/** Migration name for the gateway's migrator; sorts after the erasure records. */
export const OUTBOX_MIGRATION_NAME = '0500-delivery-outbox';

/** The lease row every relay competes for. */
export const RELAY_LEASE = 'delivery-outbox-relay';

/**
 * The outbox and its relay lease. The ordering column is the one dialect difference: an
 * auto-incrementing integer is spelled differently by SQLite and PostgreSQL.
 */
export function outboxMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('delivery_outbox')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .execute();
      await db.schema
        .createIndex('delivery_outbox_unpublished')
        .on('delivery_outbox')
        .columns(['published_at', 'seq'])
        .execute();
      await db.schema
        .createTable('outbox_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await (db as Kysely<{ outbox_leases: { name: string; holder: string; expires_at: string } }>)
        .insertInto('outbox_leases')
        .values({ name: RELAY_LEASE, holder: '', expires_at: new Date(0).toISOString() })
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('outbox_leases').execute();
      await db.schema.dropTable('delivery_outbox').execute();
    },
  };
}
