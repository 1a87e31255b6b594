import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoAgency } from './agencies.mjs';
import { NrmClient } from './client.mjs';
import { pull } from './exchange.mjs';
import { RECIPIENTS } from './capacity.mjs';

// Consent records, as in the figures that motivated the bench: an NGO records the subject's
// consent to share with both recipients, the one message an NGO sends without a prior record.
const SDK_SENDER = 'rs.astra';

function consentRecord(to) {
  const now = Date.now();
  const record = {
    id: randomUUID(),
    subject: 'sub_BenchSubject00000001',
    controller: SDK_SENDER,
    givenBy: 'self',
    recipients: to.map((agency) => ({ by: 'agency', agency })),
    purposes: ['identification'],
    categories: ['identity', 'contact', 'exploitation', 'process'],
    obtainedAt: new Date(now - 60_000).toISOString(),
    validFrom: new Date(now - 60_000).toISOString(),
    validUntil: new Date(now + 365 * 86_400_000).toISOString(),
    language: 'sr',
    formVersion: 'rs-2026.1',
  };
  return {
    type: 'nrm.consent-record',
    version: 1,
    payload: record,
    consentScope: record,
    to: [...to],
    subject: record.subject,
    purpose: 'identification',
    legalBasis: 'consent',
    consentRefs: [record.id],
    subjectIsChild: false,
  };
}

/**
 * End to end through the SDK, open loop: `count` consent records started at a fixed `rate` whether or
 * not earlier ones finished (a closed loop would slow down with the gateway and hide queueing).
 * A message's latency runs from its scheduled start — build, seal, sign, submit — to the
 * gateway's 202, which comes after its deliveries are committed: it is then in both inboxes
 * (checked at the end by pulling them). Returns throughput and latency percentiles input.
 */
export async function sdkOpenLoop(gateway, { rate, count }) {
  const sender = await demoAgency(gateway.dataDir, SDK_SENDER);
  const stateDir = mkdtempSync(join(tmpdir(), 'nrm-bench-sdk-'));
  const client = new NrmClient({
    gatewayUrl: gateway.url,
    agencyId: sender.id,
    token: sender.token,
    privateKey: sender.privateKey,
    stateDir,
  });
  // Warm-up, untimed: the first send fetches the recipients' keys and opens the connection.
  for (let i = 0; i < 3; i++) {
    await client.send(consentRecord(RECIPIENTS));
  }
  const latencies = [];
  let failed = 0;
  const start = performance.now();
  const sends = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    sends.push(
      client.send(consentRecord(RECIPIENTS)).then(
        () => latencies.push(performance.now() - due),
        (error) => {
          failed++;
          if (failed === 1) {
            process.stderr.write(`sdk send failed: ${error.message}\n`);
          }
        },
      ),
    );
  }
  await Promise.all(sends);
  const seconds = (performance.now() - start) / 1000;
  const recipient = await demoAgency(gateway.dataDir, RECIPIENTS[0]);
  const waiting = (await pull(gateway.url, recipient)).length;
  rmSync(stateDir, { recursive: true, force: true });
  return { seconds, latencies, failed, inboxSeen: waiting };
}
