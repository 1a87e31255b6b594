/**
 * `nrm-adapter poll` and `nrm-adapter webhook` run for real: the CLI as a child process
 * (`scripts/nrm-adapter.mjs`, as an agency runs it from the sources) against a real gateway,
 * stopped with SIGTERM. Each record reaches the gateway once and the process exits 0.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAgencyDir } from '@nrm/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapter as cptvAdapter } from '../../src/adapters/cptv/index.js';
import { context as cptvContext } from '../../src/adapters/cptv/conformance.js';
import { context as hotlineContext } from '../../src/adapters/ngo-hotline/conformance.js';
import { context as policeContext } from '../../src/adapters/police/conformance.js';
import type { MappingContext } from '../../src/sdk/adapter.js';
import { runAdapterCli } from '../../src/cli/program.js';
import { pollLoop } from '../../src/cli/poll.js';
import { adapter as policeAdapter } from '../../src/adapters/police/index.js';
import { folderSink } from '../../src/sdk/sinks.js';
import { startAgencySystem, startHarness, type Harness } from '../gateway-harness.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const csv = readFileSync(
  new URL('../../src/adapters/police/__fixtures__/referrals-2026-03.csv', import.meta.url),
  'utf8',
);
const hotlineFixture = JSON.parse(
  readFileSync(
    new URL('../../src/adapters/ngo-hotline/__fixtures__/pozivi-2026-04.json', import.meta.url),
    'utf8',
  ),
) as { pozivi: { vreme: string }[] };

/** A running `nrm-adapter`: its output so far, a wait for a line, its exit. */
interface Cli {
  readonly child: ChildProcessWithoutNullStreams;
  lines(): string[];
  waitFor(test: (lines: string[]) => boolean): Promise<void>;
  exited: Promise<{ code: number | null; stderr: string }>;
}

function startCli(cwd: string, argv: string[]): Cli {
  const child = spawn(process.execPath, [join(repo, 'scripts/nrm-adapter.mjs'), ...argv], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd, NODE_OPTIONS: '' },
  });
  let stdout = '';
  let stderr = '';
  const waiting: (() => void)[] = [];
  const lines = () => stdout.split('\n').filter((line) => line !== '');
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    waiting.splice(0).forEach((wake) => wake());
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    child.on('close', (code) => {
      waiting.splice(0).forEach((wake) => wake());
      resolve({ code, stderr });
    });
  });
  return {
    child,
    lines,
    exited,
    async waitFor(test) {
      while (!test(lines())) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`nrm-adapter ended early: ${stdout}${stderr}`);
        }
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
  };
}

describe('nrm-adapter poll and webhook, as processes stopped by SIGTERM', () => {
  let harness: Harness;
  const running: Cli[] = [];

  /** A runner configuration for a demo agency, in the harness folder. */
  const config = (name: string, adapter: string, context: MappingContext) => {
    const file = join(harness.dir, `${name}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        adapter,
        gatewayUrl: harness.gateway.url,
        agencyId: context.agencyId,
        agencyDir: demoAgencyDir(join(harness.dir, 'gateway'), context.agencyId),
        workDir: `./${name}-work`,
        directory: context.directory,
      }),
    );
    return file;
  };

  /** What the CPTV's inbox holds, pulled once: each message counted once. */
  const cptvInbox = async (name: string) => {
    const cptv = await harness.runner(cptvAdapter, cptvContext, name);
    try {
      return (await cptv.pullInbox(folderSink(join(harness.dir, name), 'json'))).written.length;
    } finally {
      cptv.close();
    }
  };

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    for (const cli of running) {
      cli.child.kill('SIGKILL');
    }
    await harness.close();
  });

  it('poll: the commanded adapter must be the configured one (exit 2, the option named)', async () => {
    let stderr = '';
    const code = await runAdapterCli(
      [
        'poll',
        'cptv',
        '--config',
        config('mismatch', 'police', policeContext),
        '--url',
        'http://127.0.0.1:1/',
        '--every',
        '1',
        '--out',
        'o',
      ],
      {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        cwd: harness.dir,
        isTTY: false,
        stopSignal: () => AbortSignal.abort(),
      },
    );
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: expect.stringContaining(
        'BAD_REQUEST at adapter: The command names the adapter "cptv",',
      ) as string,
    });
    expect(stderr).toContain('runs "police".');
  });

  it('poll: imports the export each round, sends each row once, stops after the round (exit 0)', async () => {
    const system = await startAgencySystem(csv);
    const cli = startCli(harness.dir, [
      'poll',
      'police',
      '--config',
      config('police', 'police', policeContext),
      '--url',
      system.url,
      '--every',
      '0.2',
      '--out',
      'police-acks',
    ]);
    running.push(cli);
    // The first round sends; a later one finds every row in the journal.
    await cli.waitFor((lines) => lines.length >= 3);
    cli.child.kill('SIGTERM');
    const { code, stderr } = await cli.exited;
    await system.close();
    // stderr carries the runner's progress lines; an error would start with `nrm-adapter:`.
    expect({
      code,
      errors: stderr.split('\n').filter((line) => line.startsWith('nrm-adapter:')),
    }).toEqual({ code: 0, errors: [] });
    const rounds = cli.lines().map((line) => JSON.parse(line) as Record<string, number>);
    expect(rounds[0]).toMatchObject({ round: 1, sent: 4, skipped: 0, rejected: 0 });
    for (const later of rounds.slice(1)) {
      expect(later).toMatchObject({ sent: 0, skipped: 4, rejected: 0 });
    }
    expect(await cptvInbox('cptv-after-poll')).toBe(4);
  });

  it('webhook: imports each POST, sends a repeated call nothing twice, stops on SIGTERM (exit 0)', async () => {
    const tokenFile = join(harness.dir, 'hotline-token');
    writeFileSync(tokenFile, 'sos-line-0123456789abcdef\n');
    const cli = startCli(harness.dir, [
      'webhook',
      'ngo-hotline',
      '--config',
      config('hotline', 'ngo-hotline', hotlineContext),
      '--port',
      '0',
      '--token-file',
      'hotline-token',
    ]);
    running.push(cli);
    await cli.waitFor((lines) => lines.length >= 1);
    const { listening } = JSON.parse(cli.lines()[0]!) as { listening: string };
    // The gateway checks consents against its clock: the calls happened an hour or two ago.
    const calls = {
      pozivi: hotlineFixture.pozivi.map((call, index) => ({
        ...call,
        vreme: new Date(Date.now() - (index + 1) * 3_600_000).toISOString().replace('Z', '+00:00'),
      })),
    };
    const post = async () => {
      const answer = await fetch(listening, {
        method: 'POST',
        headers: { authorization: 'Bearer sos-line-0123456789abcdef' },
        body: JSON.stringify(calls),
      });
      return { status: answer.status, body: await answer.json() };
    };
    expect(await post()).toEqual({
      status: 202,
      body: { sent: 2, skipped: 0, rejected: 0, rejects: [] },
    });
    expect(await post()).toEqual({
      status: 202,
      body: { sent: 0, skipped: 2, rejected: 0, rejects: [] },
    });
    cli.child.kill('SIGTERM');
    const { code, stderr } = await cli.exited;
    // stderr carries the runner's progress lines; an error would start with `nrm-adapter:`.
    expect({
      code,
      errors: stderr.split('\n').filter((line) => line.startsWith('nrm-adapter:')),
    }).toEqual({ code: 0, errors: [] });
    // Two calls: each a consent record and a self-referral to the CPTV.
    expect(await cptvInbox('cptv-after-webhook')).toBe(4);
  });

  it('poll: a round whose agency system is away is reported, and the loop goes on', async () => {
    const runner = await harness.runner(policeAdapter, policeContext, 'police-away');
    const stop = new AbortController();
    const problems: string[] = [];
    try {
      await pollLoop(
        runner,
        // Port 1: nothing listens there.
        {
          url: 'http://127.0.0.1:1/zapisi',
          everySeconds: 0.01,
          out: join(harness.dir, 'o'),
          ext: 'txt',
        },
        stop.signal,
        {
          line: () => undefined,
          problem: (text) => {
            problems.push(text);
            if (problems.length === 2) {
              stop.abort();
            }
          },
        },
      );
    } finally {
      runner.close();
    }
    expect(problems).toEqual([
      'nrm-adapter: round 1: GATEWAY_UNREACHABLE: Cannot reach the agency system at http://127.0.0.1:1/zapisi.\n',
      'nrm-adapter: round 2: GATEWAY_UNREACHABLE: Cannot reach the agency system at http://127.0.0.1:1/zapisi.\n',
    ]);
  });
});
