/**
 * `pnpm bench` for @nrm/domain: throughput of the hot pure functions the gateway calls on
 * every submit and delivery, printed as JSON lines. Ratios are measured in the same run, so
 * they hold on any machine; absolute numbers are only comparable on the same machine.
 */
import { performance } from 'node:perf_hooks';
import { ConsentRecord, evaluateDisclosure, nrmStatistics, SERBIA } from '../src/index.js';
import { request, S2_CONSENT } from '../src/consent/__fixtures__/disclosure.js';
import { serbianCaseFiles } from '../src/statistics/__fixtures__/serbia-2016-2018.js';

interface Line {
  bench: string;
  [k: string]: string | number;
}
const emit = (line: Line) => console.log(JSON.stringify(line));

/** Runs `fn` for at least `minMs`, after a warm-up, and returns operations per second. */
function opsPerSecond(fn: () => unknown, minMs = 400): number {
  for (let i = 0; i < 200; i++) {
    fn();
  }
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 100; i++) {
      fn();
    }
    n += 100;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

// Consent evaluation: one consent on file versus a subject's long history of 100 records
// (other recipients, expired ones). The ratio shows how evaluation scales with history.
const manyConsents: ConsentRecord[] = Array.from({ length: 100 }, (_, i) =>
  ConsentRecord.parse({
    ...S2_CONSENT,
    id: `0190a6f1-0000-7000-8000-${String(1000 + i).padStart(12, '0')}`,
    recipients: [{ by: 'agency', agency: `rs.ngo-${i}` }],
  }),
).concat([S2_CONSENT]);
const one = opsPerSecond(() => evaluateDisclosure(request()));
const hundred = opsPerSecond(() => evaluateDisclosure(request({ consents: manyConsents })));
emit({ bench: 'consent.evaluateDisclosure', consents: 1, opsPerSec: Math.round(one) });
emit({ bench: 'consent.evaluateDisclosure', consents: 101, opsPerSec: Math.round(hundred) });
emit({ bench: 'consent.evaluateDisclosure.ratio', consents101over1: +(one / hundred).toFixed(2) });

// Statistics over the three-year Serbian case set (474 files) and over ten times as many.
const files = serbianCaseFiles();
const tenfold = Array.from({ length: 10 }, (_, i) => serbianCaseFiles(2020 + i)).flat();
const opts = { k: 3, profile: SERBIA, asOf: '2019-06-30T00:00:00Z' };
const small = opsPerSecond(() => nrmStatistics(files, opts), 600);
const large = opsPerSecond(() => nrmStatistics(tenfold, opts), 600);
emit({ bench: 'statistics.nrmStatistics', cases: files.length, opsPerSec: +small.toFixed(1) });
emit({ bench: 'statistics.nrmStatistics', cases: tenfold.length, opsPerSec: +large.toFixed(1) });
emit({
  bench: 'statistics.nrmStatistics.scaling',
  casesRatio: tenfold.length / files.length,
  timeRatio: +(small / large).toFixed(2),
});
const heap = process.memoryUsage();
emit({
  bench: 'memory',
  heapUsedMiB: +(heap.heapUsed / 2 ** 20).toFixed(1),
  rssMiB: +(heap.rss / 2 ** 20).toFixed(1),
});
