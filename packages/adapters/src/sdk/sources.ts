import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GatewayError } from '@nrm/client';
import type { AdapterRunner, ImportSummary } from './runner.js';

/** Turns a dropped file into the native export (e.g. decrypts and verifies an armored file). */
export type Unwrap = (content: Uint8Array, file: string) => Promise<string | Uint8Array>;

export interface DropFolderOptions {
  /** Files to import; each moves to `done/` once every record is sent or rejected. */
  readonly dir: string;
  /** Only names ending so, e.g. `.csv`; hidden and `.partial` files are always skipped. */
  readonly suffix?: string;
  readonly unwrap?: Unwrap;
}

/**
 * Import every file of a drop folder, oldest name first. A file stays in place until the
 * import finishes (a crash leaves it to the next run, whose journal skips what was sent).
 * A file that cannot be unwrapped (not signed by an allowed key, not for us) moves to
 * `rejected/` with a line in the reject file; it never blocks the files after it.
 */
export async function importDropFolder(
  runner: AdapterRunner,
  options: DropFolderOptions,
): Promise<Record<string, ImportSummary>> {
  const done = join(options.dir, 'done');
  const rejected = join(options.dir, 'rejected');
  mkdirSync(done, { recursive: true });
  mkdirSync(rejected, { recursive: true });
  const names = readdirSync(options.dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('.') && !name.endsWith('.partial'))
    .filter((name) => options.suffix === undefined || name.endsWith(options.suffix))
    .sort();
  const summaries: Record<string, ImportSummary> = {};
  for (const name of names) {
    const file = join(options.dir, name);
    const bytes = readFileSync(file);
    let content: string | Uint8Array;
    try {
      content = options.unwrap === undefined ? bytes : await options.unwrap(bytes, name);
    } catch (error) {
      if (!(error instanceof GatewayError)) {
        throw error;
      }
      runner.rejectInput(name, {
        code: error.code,
        message: error.message,
        path: error.path ?? name,
      });
      renameSync(file, join(rejected, name));
      continue;
    }
    summaries[name] = await runner.importExport(content, name);
    renameSync(file, join(done, name));
  }
  return summaries;
}

export interface WebhookOptions {
  readonly port?: number;
  readonly host?: string;
  /** The bearer token the agency's system presents; required. */
  readonly token: string;
  /** Largest body accepted. */
  readonly maxBytes?: number;
}

export interface RunningWebhook {
  readonly url: string;
  close(): Promise<void>;
}

/** An error answer in the gateway's shape: `{ error: { code, message, path? } }`. */
function errorBody(error: GatewayError): string {
  return JSON.stringify({
    error: {
      code: error.code,
      message: error.message,
      ...(error.path === undefined ? {} : { path: error.path }),
    },
  });
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      throw new GatewayError('PAYLOAD_TOO_LARGE', {
        message: `The body is larger than ${String(maxBytes)} bytes.`,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * An HTTP webhook receiver: the agency's system POSTs an export (one or many records); the
 * answer is 202 with what happened to its records. Requests are imported one at a time, in
 * the order they arrive, so the journal sees them in order.
 */
export async function startWebhook(
  runner: AdapterRunner,
  options: WebhookOptions,
): Promise<RunningWebhook> {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  let queue: Promise<unknown> = Promise.resolve();
  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    };
    const handle = async () => {
      if (request.method !== 'POST') {
        throw new GatewayError('METHOD_NOT_ALLOWED', { message: 'POST an export here.' });
      }
      if (request.headers.authorization !== `Bearer ${options.token}`) {
        throw new GatewayError('UNAUTHENTICATED');
      }
      const body = await readBody(request, maxBytes);
      const run = queue.then(() => runner.importExport(body, 'webhook'));
      queue = run.catch(() => undefined);
      answer(202, JSON.stringify(await run));
    };
    handle().catch((error: unknown) => {
      const failure =
        error instanceof GatewayError
          ? error
          : new GatewayError('INTERNAL', { message: 'The import failed; nothing was lost.' });
      answer(failure.status, errorBody(failure));
    });
  });
  await new Promise<void>((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${String(address.port)}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) {
            reject(error);
          } else {
            resolve();
          }
        });
      }),
  };
}

/** Fetch an export from the agency system's HTTP endpoint once and import it. */
export async function pollOnce(
  runner: AdapterRunner,
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<ImportSummary> {
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { accept: 'application/json, text/*' } });
  } catch (cause) {
    throw new GatewayError('GATEWAY_UNREACHABLE', {
      message: `Cannot reach the agency system at ${url}.`,
      cause,
    });
  }
  if (!response.ok) {
    throw new GatewayError('INTERNAL', {
      message: `The agency system at ${url} answered ${String(response.status)}.`,
    });
  }
  return runner.importExport(new Uint8Array(await response.arrayBuffer()), url);
}
