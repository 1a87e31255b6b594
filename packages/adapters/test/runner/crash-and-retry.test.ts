/**
 * The runner against a real gateway when things go wrong: a crash between the gateway's
 * acceptance and the journal's `sent` line, a gateway that is briefly unreachable, bad rows,
 * and the drop-folder and polling sources.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapter as cptvAdapter } from '../../src/adapters/cptv/index.js';
import { context as cptvContext } from '../../src/adapters/cptv/conformance.js';
import { adapter as policeAdapter } from '../../src/adapters/police/index.js';
import { context as policeContext } from '../../src/adapters/police/conformance.js';
import { Journal } from '../../src/sdk/journal.js';
import { folderSink } from '../../src/sdk/sinks.js';
import { importDropFolder, pollOnce } from '../../src/sdk/sources.js';
import { startAgencySystem, startHarness, type Harness } from '../gateway-harness.js';

const HEADER =
  'broj_predmeta;sifra_lica;datum_prijave;vreme_prijave;datum_rodjenja;pol;drzavljanstvo;jezik;opstina;oblici_eksploatacije;indikatori;zapazanje;potrebe\n';
const row = (id: string, date = '05.04.2026') =>
  `${id};L-${id};${date};11:20;03.07.1995;Ž;RS;;beograd-zemun;seksualna;;Žena se sama javila u stanicu.;smeštaj\n`;

const isSubmit = (input: unknown, init?: RequestInit) =>
  init?.method === 'POST' && String(input).endsWith('/v1/messages');

describe('runner against a real gateway', () => {
  let harness: Harness;
  let cptvCount = 0;

  /** How many messages the CPTV received since the last call, read through its adapter. */
  async function cptvReceivesNew(): Promise<number> {
    const cptv = await harness.runner(cptvAdapter, cptvContext, 'cptv');
    try {
      const pulled = await cptv.pullInbox(folderSink(join(harness.dir, 'cptv-out'), 'json'));
      cptvCount += pulled.written.length;
      return pulled.written.length;
    } finally {
      cptv.close();
    }
  }

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('a crash after the gateway accepted, before the journal knew, sends nothing twice', async () => {
    // The process "dies" as the gateway's answer arrives: the acceptance is never recorded.
    const dying: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (isSubmit(input, init)) {
        throw new Error('killed');
      }
      return response;
    };
    const crashing = await harness.runner(policeAdapter, policeContext, 'crash', {
      fetch: dying,
      retry: { attempts: 1, baseDelayMs: 1 },
    });
    await expect(crashing.importExport(HEADER + row('KU-2026-0301'), 'a.csv')).rejects.toThrow(
      /Cannot reach the gateway/,
    );
    crashing.close();
    expect(new Journal(join(harness.dir, 'crash', 'journal.jsonl')).pending()).toHaveLength(1);

    // The restart resubmits the journalled bytes; the gateway answers with its earlier acceptance.
    const restarted = await harness.runner(policeAdapter, policeContext, 'crash');
    const summary = await restarted.importExport(HEADER + row('KU-2026-0301'), 'a.csv');
    restarted.close();
    expect(summary).toMatchObject({ sent: 0, skipped: 1, rejected: 0 });
    expect(await cptvReceivesNew()).toBe(1);
  });

  it('retries a gateway that is briefly unreachable, with backoff', async () => {
    let failures = 2;
    const flaky: typeof fetch = (input, init) => {
      if (isSubmit(input, init) && failures > 0) {
        failures -= 1;
        return Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
      }
      return fetch(input, init);
    };
    const runner = await harness.runner(policeAdapter, policeContext, 'flaky', {
      fetch: flaky,
      retry: { attempts: 3, baseDelayMs: 1 },
    });
    const summary = await runner.importExport(HEADER + row('KU-2026-0302'), 'b.csv');
    runner.close();
    expect(failures).toBe(0);
    expect(summary).toMatchObject({ sent: 1, rejected: 0 });
    expect(await cptvReceivesNew()).toBe(1);
  });

  it('writes bad rows to the reject file with code, message and path, and sends the rest', async () => {
    const runner = await harness.runner(policeAdapter, policeContext, 'rejects');
    const summary = await runner.importExport(
      HEADER + row('KU-2026-0303', '31.02.2026') + row('KU-2026-0304'),
      'c.csv',
    );
    const lines = readFileSync(runner.rejects.file, 'utf8').trim().split('\n');
    runner.close();
    expect(summary).toMatchObject({ sent: 1, rejected: 1 });
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      {
        nativeId: 'KU-2026-0303',
        code: 'NATIVE_FIELD_INVALID',
        message: '"31.02.2026" is not a dd.mm.yyyy date.',
        path: 'row 2, column datum_prijave',
        source: 'c.csv',
      },
    ]);
    expect(await cptvReceivesNew()).toBe(1);
  });

  it('records a gateway refusal in the reject file and does not retry it', async () => {
    // A child in a municipality with no configured CSW is refused by the adapter; one whose
    // CSW is configured wrongly (not a CSW) is refused by the gateway's routing.
    const runner = await harness.runner(
      policeAdapter,
      {
        ...policeContext,
        directory: { ...policeContext.directory, 'csw:beograd-zemun': 'rs.astra' },
      },
      'refused',
    );
    const child =
      'KU-2026-0305;L-1;05.04.2026;11:20;03.07.2014;Ž;RS;;beograd-zemun;prosjačenje;;;smeštaj\n';
    const summary = await runner.importExport(HEADER + child, 'd.csv');
    runner.close();
    expect(summary.rejects).toEqual([
      expect.objectContaining({ nativeId: 'KU-2026-0305', code: 'ROUTE_FORBIDDEN' }),
    ]);
    expect(await cptvReceivesNew()).toBe(0);
  });

  it('imports a drop folder file by file and moves each to done/', async () => {
    const drop = join(harness.dir, 'drop-folder');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, '2026-04-06.csv'), HEADER + row('KU-2026-0306'));
    writeFileSync(join(drop, '2026-04-07.csv'), HEADER + row('KU-2026-0307'));
    writeFileSync(join(drop, '2026-04-08.csv.partial'), HEADER + row('KU-2026-0308'));
    const runner = await harness.runner(policeAdapter, policeContext, 'drop');
    const summaries = await importDropFolder(runner, { dir: drop, suffix: '.csv' });
    runner.close();
    expect(Object.keys(summaries)).toEqual(['2026-04-06.csv', '2026-04-07.csv']);
    expect(readdirSync(join(drop, 'done')).sort()).toEqual(['2026-04-06.csv', '2026-04-07.csv']);
    expect(readdirSync(drop).sort()).toEqual(['2026-04-08.csv.partial', 'done', 'rejected']);
    expect(await cptvReceivesNew()).toBe(2);
  });

  it('polls an HTTP endpoint of the agency system and imports what it serves', async () => {
    const system = await startAgencySystem(HEADER + row('KU-2026-0309'));
    const runner = await harness.runner(policeAdapter, policeContext, 'poll');
    const first = await pollOnce(runner, system.url);
    const second = await pollOnce(runner, system.url);
    runner.close();
    await system.close();
    expect(first).toMatchObject({ sent: 1 });
    expect(second).toMatchObject({ sent: 0, skipped: 1 });
    expect(await cptvReceivesNew()).toBe(1);
    expect(cptvCount).toBe(6);
  });
});
