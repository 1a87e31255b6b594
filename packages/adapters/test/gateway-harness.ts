import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDemoAgency, startGateway, type RunningGateway } from '@nrm/gateway';
import { readAgencyPrivateKey } from '@nrm/client';
import { AdapterRunner, type RunnerClientOptions, type RunnerOptions } from '../src/sdk/runner.js';
import type { Adapter, MappingContext } from '../src/sdk/adapter.js';

/** A real gateway on a free port with the seeded demo agencies, in a throwaway folder. */
export interface Harness {
  readonly gateway: RunningGateway;
  readonly dir: string;
  /** How a demo agency reaches the gateway (its token and unlocked key). */
  clientFor(agencyId: string): Promise<RunnerClientOptions>;
  /**
   * A runner for a demo agency in the work folder `workName` (the same name after a
   * "restart" finds the same journal); `fetch` stands between it and the gateway.
   */
  runner(
    adapter: Adapter,
    context: MappingContext,
    workName: string,
    extra?: { fetch?: typeof fetch; retry?: RunnerOptions['retry'] },
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
  const clientFor = async (agencyId: string): Promise<RunnerClientOptions> => {
    const demo = readDemoAgency(join(dir, 'gateway'), agencyId);
    return {
      gatewayUrl: gateway.url,
      token: demo.token,
      agencyId,
      privateKey: await readAgencyPrivateKey(demo.privateKey),
    };
  };
  return {
    gateway,
    dir,
    clientFor,
    async runner(adapter, context, workName, extra = {}) {
      const client = await clientFor(context.agencyId);
      return new AdapterRunner({
        adapter,
        context,
        client: extra.fetch === undefined ? client : { ...client, fetch: extra.fetch },
        workDir: join(dir, workName),
        progress: quiet,
        retry: extra.retry ?? { attempts: 3, baseDelayMs: 10 },
      });
    },
    async close() {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A stand-in for an agency's own HTTP API: records every body POSTed to it, and serves
 * `served` (an export) to a GET.
 */
export async function startAgencySystem(served = ''): Promise<{
  url: string;
  bodies: string[];
  close(): Promise<void>;
}> {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(served);
      return;
    }
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
