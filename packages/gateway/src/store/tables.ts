import type { ColumnType } from 'kysely';
import type { DeliveryOutboxTable, OutboxLeaseTable } from './outbox-tables.js';

/**
 * Table shapes of the gateway store. Instants are ISO-8601 UTC strings (sortable, portable to
 * PostgreSQL `text`), byte columns are `Uint8Array` (SQLite BLOB, PostgreSQL bytea), lists are
 * JSON text. No dialect-specific types, so one query builder serves both stores.
 */
export interface AgencyTable {
  id: string;
  name: string;
  kind: string;
  jurisdiction: string;
  /** JSON array of municipality codes. */
  competent_areas: string;
  webhook_url: string | null;
  created_at: string;
}

export interface AgencyKeyTable {
  fingerprint: string;
  agency_id: string;
  armored_public_key: string;
  valid_from: string;
  valid_until: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface AgencyCredentialTable {
  id: string;
  agency_id: string;
  /** scrypt hash (hex) of the secret part of the token; the token itself is never stored. */
  secret_hash: string;
  salt: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: string;
  rotated_at: string | null;
  revoked_at: string | null;
}

export interface AdminUserTable {
  id: string;
  name: string;
  role: string;
  secret_hash: string;
  salt: string;
  created_at: string;
  revoked_at: string | null;
}

export interface MessageTable {
  id: string;
  envelope: Uint8Array;
  envelope_digest: string;
  envelope_signature: string;
  payload: Uint8Array;
  payload_digest: string;
  sender: string;
  type: string;
  version: number;
  subject: string;
  created_at: string;
  expires_at: string;
  accepted_at: string;
  /** The gateway-signed acceptance receipt, returned again on an idempotent resubmit. */
  receipt: Uint8Array;
  receipt_signature: string;
}

export interface DeliveryTable {
  message_id: string;
  recipient: string;
  status: string;
  /** JSON of the disclosure basis the submit relied on (consent id or policy rule). */
  basis: string;
  /** Consent record id the delivery relies on, indexed so a withdrawal finds it. */
  consent_id: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string | null;
  last_error: string | null;
  status_reason: string | null;
  delivered_at: string | null;
  acknowledged_at: string | null;
  receipt: Uint8Array | null;
  receipt_signature: string | null;
  /** The recipient's stable code when it rejected the message (`DIGEST_MISMATCH`, …). */
  rejection_code: string | null;
  rejected_at: string | null;
  /** Until when a webhook push holds the delivery (another worker leaves it alone). */
  claimed_until?: string | null;
  updated_at: string;
}

export interface SeenIdTable {
  id: string;
  envelope_digest: string;
  seen_at: string;
}

export interface ConsentTable {
  id: string;
  controller: string;
  subject: string;
  /** The signed cleartext scope JSON (see ADR 0003). */
  scope: string;
  scope_signature: string;
  valid_from: string;
  valid_until: string | null;
  record_message_id: string;
  withdrawn_at: string | null;
  withdrawal_message_id: string | null;
}

export interface Database {
  agencies: AgencyTable;
  agency_keys: AgencyKeyTable;
  agency_credentials: AgencyCredentialTable;
  admin_users: AdminUserTable;
  messages: MessageTable;
  deliveries: DeliveryTable;
  seen_ids: SeenIdTable;
  consents: ConsentTable;
  delivery_outbox: DeliveryOutboxTable;
  outbox_leases: OutboxLeaseTable;
}
