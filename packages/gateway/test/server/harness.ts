import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrivateKey } from 'openpgp';
import { readAgencyPrivateKey, signDetached } from '@nrm/client/crypto';
import { readDemoAdminToken, readDemoAgency, type DemoAgency } from '../../src/seed/seed-demo.js';
import {
  startGateway,
  type RunningGateway,
  type StartGatewayOptions,
} from '../../src/server/start-gateway.js';
import { testDatabase } from '../test-database.js';

/** A demo agency with its private key read. */
export interface TestAgency extends DemoAgency {
  key: PrivateKey;
}

/** A real gateway on port 0 in a throwaway directory, with the seeded demo agencies. */
export interface TestGateway extends AsyncDisposable {
  gw: RunningGateway;
  url: string;
  dataDir: string;
  agency(id: string): Promise<TestAgency>;
  adminToken(role: 'dpo' | 'operator' | 'auditor'): string;
  close(): Promise<void>;
}

export async function startTestGateway(
  options: Partial<StartGatewayOptions> = {},
): Promise<TestGateway> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'nrm-gw-'));
  const gw = await startGateway({
    port: 0,
    ...(await testDatabase(dataDir)),
    ...options,
    dataDir,
    server: { logger: false, ...options.server },
  });
  const cache = new Map<string, TestAgency>();
  const close = async () => {
    await gw.close();
    if (options.dataDir === undefined) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  return {
    gw,
    url: gw.url,
    dataDir,
    async agency(id) {
      let agency = cache.get(id);
      if (agency === undefined) {
        const demo = readDemoAgency(dataDir, id);
        agency = { ...demo, key: await readAgencyPrivateKey(demo.privateKey) };
        cache.set(id, agency);
      }
      return agency;
    },
    adminToken: (role) => readDemoAdminToken(dataDir, role),
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** A lower-case UUIDv7 (time-ordered message id). */
export function uuidv7(at = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(at, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export const subject = (n = 1) => `sub_${String(n).padStart(4, '0')}AbCdEfGhIjKlMn`;

/** A valid envelope object from `sender` to `to`, overridable field by field. */
export function envelopeFor(
  sender: TestAgency,
  to: string[],
  payload: Uint8Array,
  overrides: Record<string, unknown> = {},
  now = new Date(),
) {
  return {
    id: uuidv7(now.getTime()),
    type: 'nrm.referral',
    version: 1,
    from: sender.id,
    to,
    subject: subject(),
    purpose: 'identification',
    legalBasis: 'public-task',
    consentRefs: [],
    dataCategories: ['process'],
    subjectIsChild: false,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 30 * 24 * 3600_000).toISOString(),
    payloadDigest: sha256(payload),
    senderKey: sender.fingerprint,
    ...overrides,
  };
}

/** Parsed JSON answers: tests read arbitrary fields and let assertions fail loudly. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any;

export interface Submitted {
  status: number;
  body: Json;
  envelopeBytes: Uint8Array;
  envelope: Record<string, unknown>;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Sign and submit an envelope over HTTP as `sender` (JSON body). */
export async function submit(
  t: TestGateway,
  sender: TestAgency,
  envelope: Record<string, unknown>,
  payload: Uint8Array,
  extra: {
    signer?: PrivateKey;
    token?: string;
    consentScope?: Uint8Array;
    envelopeBytes?: Uint8Array;
  } = {},
): Promise<Submitted> {
  const envelopeBytes = extra.envelopeBytes ?? new TextEncoder().encode(JSON.stringify(envelope));
  const signature = await signDetached(envelopeBytes, extra.signer ?? sender.key, new Date());
  const body: Record<string, string> = {
    envelope: b64(envelopeBytes),
    envelopeSignature: signature,
    payload: b64(payload),
  };
  if (extra.consentScope !== undefined) {
    body['consentScope'] = b64(extra.consentScope);
    body['consentScopeSignature'] = await signDetached(
      extra.consentScope,
      extra.signer ?? sender.key,
      new Date(),
    );
  }
  const response = await fetch(`${t.url}/v1/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${extra.token ?? sender.token}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), envelopeBytes, envelope };
}

/** GET/POST with a bearer token; returns status and parsed JSON. */
export async function call(
  t: TestGateway,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
) {
  const headers: Record<string, string> = {};
  if (token !== undefined) {
    headers['authorization'] = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${t.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text === '' ? undefined : JSON.parse(text)) as unknown as Json,
    text,
  };
}

export const randomPayload = (n = 256) => new Uint8Array(randomBytes(n));

/** Acknowledge `id` as `recipient` with a receipt it signs (POST /v1/messages/:id/ack). */
export async function acknowledgeAs(
  t: TestGateway,
  recipient: TestAgency,
  id: string,
  envelopeBytes: Uint8Array,
) {
  const receipt = new TextEncoder().encode(
    JSON.stringify({
      type: 'nrm.receipt',
      version: 1,
      messageId: id,
      envelopeDigest: sha256(envelopeBytes),
      by: recipient.id,
      status: 'acknowledged',
      at: new Date().toISOString(),
    }),
  );
  return call(t, 'POST', `/v1/messages/${id}/ack`, recipient.token, {
    receipt: Buffer.from(receipt).toString('base64'),
    receiptSignature: await signDetached(receipt, recipient.key, new Date()),
  });
}
