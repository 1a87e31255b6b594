import { DEFAULT_RETENTION_POLICY } from '@nrm/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../registry/clock.js';
import { generateKeyPair, readPrivateKey } from '../registry/openpgp-signature.js';
import { openSqliteStore, type Store } from '../store/open-store.js';
import { GatewayLog } from '../transparency/gateway-log.js';
import { eraseSubject } from './erase-subject.js';
import { startRetentionWorker } from './retention-sweep.js';

const at = new Date('2026-05-01T10:00:00Z');
const subject = 'sub_AbCdEfGhIjKlMnOpQrSt';
let store: Store;
let log: GatewayLog;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  const pair = await generateKeyPair('gateway', at);
  log = await GatewayLog.open(
    store.store,
    { privateKey: await readPrivateKey(pair.privateKey), publicKey: pair.publicKey },
    () => at,
  );
});
afterEach(() => store.close());

describe('eraseSubject', () => {
  it('refuses (SCHEMA_INVALID) when a stored message has no delivery row: who still needs it is unknown', async () => {
    await store.db
      .insertInto('messages')
      .values({
        id: '0196f000-0000-7000-8000-000000000001',
        envelope: new Uint8Array([1]),
        envelope_digest: 'sha256:00',
        envelope_signature: 'sig',
        payload: new Uint8Array([2]),
        payload_digest: 'sha256:00',
        sender: 'rs.atina',
        type: 'nrm.referral',
        version: 2,
        subject,
        created_at: at.toISOString(),
        expires_at: new Date(at.getTime() + 86_400_000).toISOString(),
        accepted_at: at.toISOString(),
        receipt: new Uint8Array([3]),
        receipt_signature: 'sig',
      })
      .execute();
    await expect(
      eraseSubject(
        {
          store: store.store,
          log,
          clock: new ManualClock(at),
          retention: DEFAULT_RETENTION_POLICY,
        },
        { subject, requestedBy: 'self', recordedBy: 'rs.atina' },
      ),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID', path: 'messages.0' });
  });

  it('refuses a request received after the instant it is executed (clock behind the request)', async () => {
    await expect(
      eraseSubject(
        {
          store: store.store,
          log,
          clock: new ManualClock(at),
          retention: DEFAULT_RETENTION_POLICY,
        },
        {
          subject,
          requestedBy: 'guardian',
          recordedBy: 'rs.csw.belgrade',
          receivedAt: new Date(at.getTime() + 60_000).toISOString(),
        },
      ),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID', path: 'at' });
  });
});

describe('the retention worker', () => {
  it('reports a failed sweep instead of crashing the process', async () => {
    const errors: unknown[] = [];
    const ctx = {
      store: store.store,
      retention: DEFAULT_RETENTION_POLICY,
      clock: new ManualClock(at),
    };
    const worker = startRetentionWorker(ctx, 5, (error) => errors.push(error));
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await worker.stop();
    expect(errors.length).toBeGreaterThan(0);
    store = await openSqliteStore(':memory:');
  });
});
