import { expect } from 'vitest';
import { runCli, type CliEnvironment } from '../../src/cli/program.js';
import { signDetached } from '@nrm/client/crypto';
import {
  call,
  envelopeFor,
  randomPayload,
  sha256,
  submit,
  type Json,
  type TestAgency,
  type TestGateway,
} from '../server/harness.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A consent scope (ADR 0004) from `controller` about `person`, overridable field by field. */
export function scopeFor(
  controller: string,
  person: string,
  recipients: string[],
  at: Date,
  extra: Record<string, unknown> = {},
) {
  return {
    id: crypto.randomUUID(),
    subject: person,
    controller,
    givenBy: 'self',
    recipients: recipients.map((agency) => ({ by: 'agency', agency })),
    purposes: ['assistance'],
    categories: ['identity', 'contact', 'assistance'],
    obtainedAt: new Date(at.getTime() - 120_000).toISOString(),
    validFrom: new Date(at.getTime() - 60_000).toISOString(),
    language: 'sr',
    formVersion: 'test-2026.1',
    ...extra,
  };
}

/** Record a consent through the HTTP API (`nrm.consent-record` with its signed scope). */
export async function recordConsent(
  t: TestGateway,
  controller: TestAgency,
  to: string[],
  scope: Record<string, unknown>,
  at: Date,
  envelope: Record<string, unknown> = {},
) {
  const form = randomPayload();
  const result = await submit(
    t,
    controller,
    envelopeFor(
      controller,
      to,
      form,
      {
        type: 'nrm.consent-record',
        subject: scope['subject'],
        legalBasis: 'consent',
        consentRefs: [scope['id']],
        dataCategories: ['identity'],
        purpose: 'assistance',
        ...envelope,
      },
      at,
    ),
    form,
    { consentScope: new TextEncoder().encode(JSON.stringify(scope)) },
  );
  expect(result.status, JSON.stringify(result.body)).toBe(202);
  return result;
}

/** Send one message with the given envelope fields; returns the HTTP answer. */
export async function send(
  t: TestGateway,
  sender: TestAgency,
  to: string[],
  fields: Record<string, unknown>,
  at: Date,
) {
  const payload = randomPayload();
  return submit(t, sender, envelopeFor(sender, to, payload, fields, at), payload);
}

/** Pull the inbox of `recipient` and acknowledge every message with a signed receipt. */
export async function pullAndAcknowledge(t: TestGateway, recipient: TestAgency): Promise<string[]> {
  const pulled = await call(t, 'GET', '/v1/inbox?limit=100', recipient.token);
  const ids: string[] = [];
  for (const m of pulled.body.messages as Json[]) {
    const receipt = new TextEncoder().encode(
      JSON.stringify({
        type: 'nrm.receipt',
        version: 1,
        messageId: m.id,
        envelopeDigest: sha256(Buffer.from(m.envelope as string, 'base64')),
        by: recipient.id,
        status: 'acknowledged',
        at: new Date().toISOString(),
      }),
    );
    const acked = await call(t, 'POST', `/v1/messages/${m.id}/ack`, recipient.token, {
      receipt: b64(receipt),
      receiptSignature: await signDetached(receipt, recipient.key, new Date()),
    });
    expect(acked.status, JSON.stringify(acked.body)).toBe(200);
    ids.push(m.id as string);
  }
  return ids;
}

/** Run the real `nrm` command tree in-process against the gateway; captures the output. */
export async function nrm(
  argv: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliEnvironment = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    now: () => new Date(),
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
