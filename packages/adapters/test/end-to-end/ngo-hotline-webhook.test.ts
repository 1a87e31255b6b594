/**
 * The NGO hotline's call system posts call records to the adapter's webhook; each becomes
 * the caller's consent record and a self-referral to the CPTV on it, through a real gateway.
 * The call times are set to now: the gateway checks the consents' validity against its clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapter as cptvAdapter } from '../../src/adapters/cptv/index.js';
import { context as cptvContext } from '../../src/adapters/cptv/conformance.js';
import type { CptvRecord } from '../../src/adapters/cptv/native.js';
import { adapter as hotlineAdapter } from '../../src/adapters/ngo-hotline/index.js';
import { context as hotlineContext } from '../../src/adapters/ngo-hotline/conformance.js';
import type { AdapterRunner } from '../../src/sdk/runner.js';
import { folderSink } from '../../src/sdk/sinks.js';
import { startWebhook, type RunningWebhook } from '../../src/sdk/sources.js';
import { startHarness, type Harness } from '../gateway-harness.js';

const fixture = JSON.parse(
  readFileSync(
    new URL('../../src/adapters/ngo-hotline/__fixtures__/pozivi-2026-04.json', import.meta.url),
    'utf8',
  ),
) as { pozivi: { vreme: string }[] };

describe('NGO hotline webhook → consent records and self-referrals at the CPTV', () => {
  let harness: Harness;
  let hotline: AdapterRunner;
  let webhook: RunningWebhook;
  const post = (body: unknown, token = 'sos-line') =>
    fetch(webhook.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const calls = {
    pozivi: fixture.pozivi.map((call, index) => ({
      ...call,
      vreme: new Date(Date.now() - (index + 1) * 3_600_000).toISOString().replace('Z', '+00:00'),
    })),
  };

  beforeAll(async () => {
    harness = await startHarness();
    hotline = await harness.runner(hotlineAdapter, hotlineContext, 'hotline');
    webhook = await startWebhook(hotline, { token: 'sos-line' });
  });

  afterAll(async () => {
    hotline.close();
    await webhook.close();
    await harness.close();
  });

  it('sends each call as a consent record and a referral on it', async () => {
    const answer = await post(calls);
    expect(answer.status).toBe(202);
    expect(await answer.json()).toEqual({ sent: 2, skipped: 0, rejected: 0, rejects: [] });
    const cptv = await harness.runner(cptvAdapter, cptvContext, 'cptv');
    const out = join(harness.dir, 'cptv-out');
    const pulled = await cptv.pullInbox(folderSink(out, 'json'));
    cptv.close();
    const records = pulled.written.map(
      (id) =>
        (JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as { zapisi: CptvRecord[] })
          .zapisi[0]!,
    );
    expect(records.map((record) => record.vrsta).sort()).toEqual([
      'SAGLASNOST',
      'SAGLASNOST',
      'UPUCIVANJE',
      'UPUCIVANJE',
    ]);
    const referral = records.find((record) => record.vrsta === 'UPUCIVANJE')!;
    expect(referral.pravniOsnov).toBe('consent');
    expect((referral.sadrzaj as { channel: string }).channel).toBe('self-referral');
  });

  it('sends nothing twice when the call system posts the same calls again', async () => {
    const answer = await post(calls);
    expect(await answer.json()).toEqual({ sent: 0, skipped: 2, rejected: 0, rejects: [] });
  });

  it('answers a call without consent with its reason, and a broken body with 202 and the issue', async () => {
    const refused = await post({
      ...calls.pozivi[0],
      pozivId: 'ASTRA-SOS-2026-1300',
      saglasnost: { data: false },
    });
    expect(await refused.json()).toMatchObject({
      sent: 0,
      rejected: 1,
      rejects: [{ nativeId: 'ASTRA-SOS-2026-1300', code: 'CONSENT_NOT_GIVEN' }],
    });
    const broken = await post('nije JSON objekat');
    expect(await broken.json()).toMatchObject({
      rejected: 1,
      rejects: [{ code: 'NATIVE_RECORD_UNREADABLE' }],
    });
  });

  it('answers 503 GATEWAY_UNREACHABLE while the gateway is away, and sends the call once it is back', async () => {
    let away = true;
    const cut: typeof fetch = (input, init) =>
      away
        ? Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))
        : fetch(input, init);
    const runner = await harness.runner(hotlineAdapter, hotlineContext, 'hotline-cut', {
      fetch: cut,
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    const receiver = await startWebhook(runner, { token: 'sos-line' });
    const call = { ...calls.pozivi[0], pozivId: 'ASTRA-SOS-2026-1400' };
    const send = () =>
      fetch(receiver.url, {
        method: 'POST',
        headers: { authorization: 'Bearer sos-line' },
        body: JSON.stringify(call),
      });
    const refused = await send();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: 'GATEWAY_UNREACHABLE' } });
    away = false;
    const accepted = await send();
    await receiver.close();
    runner.close();
    expect(await accepted.json()).toEqual({ sent: 1, skipped: 0, rejected: 0, rejects: [] });
  });

  it('refuses a body larger than the limit with 413, and a wrong token with 401', async () => {
    const small = await startWebhook(hotline, { token: 'sos-line', maxBytes: 100 });
    const large = await fetch(small.url, {
      method: 'POST',
      headers: { authorization: 'Bearer sos-line' },
      body: JSON.stringify(calls),
    });
    await small.close();
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect((await post(calls, 'wrong')).status).toBe(401);
  });
});
