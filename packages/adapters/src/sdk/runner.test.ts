import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAgencyKey, readAgencyPrivateKey } from '@nrm/client';
import type { Adapter } from './adapter.js';
import { AdapterRunner } from './runner.js';
import { startWebhook } from './sources.js';

/** An adapter whose `parse` throws on what it cannot read: the runner must not. */
const throwing: Adapter<unknown, never> = {
  name: 'throwing',
  description: 'parse throws',
  inbound: {
    parse: (input) => [{ nativeId: '1', record: JSON.parse(String(input)) as unknown }],
    toCanonical: () => [],
  },
};

describe('AdapterRunner with an adapter that throws', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nrm-runner-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the input as ADAPTER_FAILED (reject file, webhook 202), never a 500', async () => {
    const pair = await generateAgencyKey({ agencyId: 'rs.astra', at: new Date() });
    const runner = new AdapterRunner({
      adapter: throwing,
      context: { agencyId: 'rs.astra', directory: {} },
      // Nothing reaches a gateway: the input is refused before any message exists.
      client: {
        gatewayUrl: 'http://127.0.0.1:9',
        token: 'unused',
        agencyId: 'rs.astra',
        privateKey: await readAgencyPrivateKey(pair.privateKey),
      },
      workDir: dir,
      progress: { isTTY: false, write: () => true },
    });
    const webhook = await startWebhook(runner, { token: 't' });
    const answer = await fetch(webhook.url, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: 'not json',
    });
    await webhook.close();
    runner.close();
    expect(answer.status).toBe(202);
    expect(await answer.json()).toMatchObject({
      rejected: 1,
      rejects: [{ nativeId: 'webhook', code: 'ADAPTER_FAILED', source: 'webhook' }],
    });
    expect(readFileSync(join(dir, 'rejects.jsonl'), 'utf8')).toContain('"code":"ADAPTER_FAILED"');
  });
});
