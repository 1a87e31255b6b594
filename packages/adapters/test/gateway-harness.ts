import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDemoAgency, startGateway, type RunningGateway } from '@nrm/gateway';
import { readAgencyPrivateKey } from '@nrm/gateway/client';
import { AdapterRunner, type RunnerOptions } from '../src/sdk/runner.js';
import type { Adapter, MappingContext } from '../src/sdk/adapter.js';

/** A real gateway on a free port with the seeded demo agencies, in a throwaway folder. */
export interface Harness {
  readonly gateway: RunningGateway;
  readonly dir: string;
  /** A runner for a demo agency with its own work folder (`name` keeps restarts apart). */
  runner(
    adapter: Adapter,
    context: MappingContext,
    workName: string,
    extra?: Partial<RunnerOptions>,
  ): Promise<AdapterRunner>;
  close(): Promise<void>;
}

/** Progress output collected instead of printed. */
export const quiet = { isTTY: false, write: () => true };

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'nrm-adapters-'));
  const gateway = await startGateway({
    dataDir: join(dir, 'gateway'),
    port: 0,
    server: { logger: false },
  });
  return {
    gateway,
    dir,
    async runner(adapter, context, workName, extra = {}) {
      const demo = readDemoAgency(join(dir, 'gateway'), context.agencyId);
      return new AdapterRunner({
        adapter,
        context,
        client: {
          gatewayUrl: gateway.url,
          token: demo.token,
          agencyId: context.agencyId,
          privateKey: await readAgencyPrivateKey(demo.privateKey),
        },
        workDir: join(dir, workName),
        progress: quiet,
        retry: { attempts: 3, baseDelayMs: 10 },
        ...extra,
      });
    },
    async close() {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A stand-in for an agency's own HTTP API: records every body POSTed to it. */
export async function startAgencySystem(): Promise<{
  url: string;
  bodies: string[];
  close(): Promise<void>;
}> {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/zapisi`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
