import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { DELIVERY_CLAIMS_MIGRATION_NAME, deliveryClaimsMigration } from './delivery-claims.js';
import { REJECTION_MIGRATION_NAME, rejectionMigration } from './rejection.js';
import { ERASURE_RECORDS_MIGRATION_NAME, erasureRecordsMigration } from './erasure-records.js';
import { RETENTION_MIGRATION_NAME, retentionMigration } from './retention.js';
import { OUTBOX_MIGRATION_NAME, outboxMigration } from './outbox.js';
import { STATISTICS_MIGRATION_NAME, statisticsMigration } from './statistics.js';
import {
  CHECKPOINT_MIGRATION_NAME,
  checkpointMigration,
  LOG_SEQUENCER_MIGRATION_NAME,
  logSequencerMigration,
  TRANSPARENCY_LOG_MIGRATION_NAME,
  transparencyLogMigration,
} from './transparency-log.js';

import type { SqlDialectName } from '../dialect.js';

export type { SqlDialectName };

function migrations(dialect: SqlDialectName): Record<string, Migration> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '0001-registry-and-messages': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('agencies')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('jurisdiction', 'text', (c) => c.notNull())
          .addColumn('competent_areas', 'text', (c) => c.notNull())
          .addColumn('webhook_url', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('agency_keys')
          .addColumn('fingerprint', 'text', (c) => c.primaryKey())
          .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
          .addColumn('armored_public_key', 'text', (c) => c.notNull())
          .addColumn('valid_from', 'text', (c) => c.notNull())
          .addColumn('valid_until', 'text')
          .addColumn('revoked_at', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('agency_keys_agency')
          .on('agency_keys')
          .column('agency_id')
          .execute();
        await db.schema
          .createTable('agency_credentials')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
          .addColumn('secret_hash', 'text', (c) => c.notNull())
          .addColumn('salt', 'text', (c) => c.notNull())
          .addColumn('scopes', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('rotated_at', 'text')
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema
          .createTable('admin_users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('secret_hash', 'text', (c) => c.notNull())
          .addColumn('salt', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema
          .createTable('messages')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('envelope', bytes, (c) => c.notNull())
          .addColumn('envelope_digest', 'text', (c) => c.notNull())
          .addColumn('envelope_signature', 'text', (c) => c.notNull())
          .addColumn('payload', bytes, (c) => c.notNull())
          .addColumn('payload_digest', 'text', (c) => c.notNull())
          .addColumn('sender', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('accepted_at', 'text', (c) => c.notNull())
          .addColumn('receipt', bytes, (c) => c.notNull())
          .addColumn('receipt_signature', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('deliveries')
          .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id'))
          .addColumn('recipient', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('basis', 'text', (c) => c.notNull())
          .addColumn('consent_id', 'text')
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', 'text')
          .addColumn('last_error', 'text')
          .addColumn('status_reason', 'text')
          .addColumn('delivered_at', 'text')
          .addColumn('acknowledged_at', 'text')
          .addColumn('receipt', bytes)
          .addColumn('receipt_signature', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('deliveries_pk', ['message_id', 'recipient'])
          .execute();
        await db.schema
          .createIndex('deliveries_recipient_status')
          .on('deliveries')
          .columns(['recipient', 'status'])
          .execute();
        await db.schema
          .createIndex('deliveries_consent')
          .on('deliveries')
          .column('consent_id')
          .execute();
        await db.schema
          .createIndex('deliveries_next_attempt')
          .on('deliveries')
          .columns(['status', 'next_attempt_at'])
          .execute();
        await db.schema
          .createTable('seen_ids')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('envelope_digest', 'text', (c) => c.notNull())
          .addColumn('seen_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('consents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('controller', 'text', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('scope_signature', 'text', (c) => c.notNull())
          .addColumn('valid_from', 'text', (c) => c.notNull())
          .addColumn('valid_until', 'text')
          .addColumn('record_message_id', 'text', (c) => c.notNull())
          .addColumn('withdrawn_at', 'text')
          .addColumn('withdrawal_message_id', 'text')
          .execute();
        await db.schema.createIndex('consents_subject').on('consents').column('subject').execute();
      },
    },
    [TRANSPARENCY_LOG_MIGRATION_NAME]: transparencyLogMigration,
    [RETENTION_MIGRATION_NAME]: retentionMigration,
    [ERASURE_RECORDS_MIGRATION_NAME]: erasureRecordsMigration,
    [REJECTION_MIGRATION_NAME]: rejectionMigration,
    [DELIVERY_CLAIMS_MIGRATION_NAME]: deliveryClaimsMigration,
    [CHECKPOINT_MIGRATION_NAME]: checkpointMigration,
    [LOG_SEQUENCER_MIGRATION_NAME]: logSequencerMigration,
    [STATISTICS_MIGRATION_NAME]: statisticsMigration,
    [OUTBOX_MIGRATION_NAME]: outboxMigration(dialect),
  };
}

/** In-code migrations: the schema ships inside the package, no files to locate at runtime. */
export class GatewayMigrations implements MigrationProvider {
  constructor(private readonly dialect: SqlDialectName) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations(this.dialect));
  }
}
