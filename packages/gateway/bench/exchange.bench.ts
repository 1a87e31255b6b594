/**
 * End-to-end exchange through a real gateway (SQLite, WAL, synchronous=FULL) on loopback:
 * ASTRA sends consent records to CPTV through the SDK (validate, seal, sign, submit, verify the
 * receipt), then CPTV pulls, opens, verifies and acknowledges them. One recipient versus three
 * (sealed to three keys, three delivery rows) in the same run gives the fan-out ratio. JSON lines on stdout; nothing here is asserted.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NrmClient, readAgencyPrivateKey } from '@nrm/client';
import { startGateway } from '../src/server/start-gateway.js';

const N = Number(process.env.NRM_BENCH_MESSAGES ?? 150);
const emit = (line: Record<string, string | number>) => console.log(JSON.stringify(line));

const dataDir = mkdtempSync(join(tmpdir(), 'nrm-bench-'));
const gateway = await startGateway({
  dataDir,
  port: 0,
  server: { logger: false, rateLimitPerMinute: 1_000_000 },
});

async function client(id: string, stateDir: string): Promise<NrmClient> {
  const dir = join(dataDir, 'demo-agencies', id);
  return new NrmClient({
    gatewayUrl: gateway.url,
    agencyId: id,
    token: readFileSync(join(dir, 'token'), 'utf8').trim(),
    privateKey: await readAgencyPrivateKey(readFileSync(join(dir, 'private-key.asc'), 'utf8')),
    stateDir,
  });
}

function consent(to: readonly string[]) {
  const now = Date.now();
  return {
    id: randomUUID(),
    subject: 'sub_BenchSubject00000001',
    controller: 'rs.astra',
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
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function run(to: readonly string[]) {
  const astra = await client('rs.astra', mkdtempSync(join(tmpdir(), 'nrm-bench-astra-')));
  const cptv = await client('rs.cptv', mkdtempSync(join(tmpdir(), 'nrm-bench-cptv-')));
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const c = consent(to);
    const t = performance.now();
    await astra.send({
      type: 'nrm.consent-record',
      version: 1,
      payload: c,
      consentScope: c,
      to: [...to],
      subject: c.subject,
      purpose: 'identification',
      legalBasis: 'consent',
      consentRefs: [c.id],
      subjectIsChild: false,
    });
    latencies.push(performance.now() - t);
  }
  const sendSeconds = (performance.now() - start) / 1000;
  const pullStart = performance.now();
  let received = 0;
  for await (const item of cptv.inbox({ limit: 50 })) {
    if (item.ok) {
      received++;
    }
  }
  const pullSeconds = (performance.now() - pullStart) / 1000;
  const perSec = N / sendSeconds;
  emit({
    bench: 'exchange.send',
    recipients: to.length,
    messages: N,
    perSec: +perSec.toFixed(1),
    p50ms: +percentile(latencies, 50).toFixed(1),
    p95ms: +percentile(latencies, 95).toFixed(1),
  });
  emit({
    bench: 'exchange.pull-open-ack',
    recipients: to.length,
    messages: received,
    perSec: +(received / pullSeconds).toFixed(1),
  });
  return perSec;
}

try {
  const one = await run(['rs.cptv']);
  const three = await run(['rs.cptv', 'rs.atina', 'rs.police.belgrade-thb']);
  emit({ bench: 'exchange.send.ratio', oneOverThreeRecipients: +(one / three).toFixed(2) });
  const mem = process.memoryUsage();
  emit({
    bench: 'exchange.memory',
    rssMiB: +(mem.rss / 2 ** 20).toFixed(1),
    heapUsedMiB: +(mem.heapUsed / 2 ** 20).toFixed(1),
  });
} finally {
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
}
