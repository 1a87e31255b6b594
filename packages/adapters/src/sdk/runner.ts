import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  GatewayError,
  GatewayHttp,
  NrmClient,
  catalogueSchemas,
  type NrmClientOptions,
  type SubmitBody,
} from '@nrm/client';
import type { Adapter, AdapterIssue, CanonicalMessage, MappingContext } from './adapter.js';
import { Journal, journalKey } from './journal.js';
import { Progress, type ProgressCounts, type ProgressStream } from './progress.js';
import { RejectFile, type RejectedRecord } from './reject-file.js';
import { isTransient, withRetry, type RetryOptions } from './retry.js';
import type { OutboundSink } from './sinks.js';

/** How the runner reaches the gateway: the SDK's options minus its state folder. */
export type RunnerClientOptions = Omit<NrmClientOptions, 'stateDir'>;

export interface RunnerOptions {
  readonly adapter: Adapter;
  readonly context: MappingContext;
  readonly client: RunnerClientOptions;
  /** The runner's own folder: journal, reject file and the SDK's state. */
  readonly workDir: string;
  /** Progress of bulk imports; standard error by default. */
  readonly progress?: ProgressStream;
  readonly retry?: Partial<RetryOptions>;
}

/** What one import did: counts per outcome, and each refused record with its reason. */
export type ImportSummary = ProgressCounts & { readonly rejects: RejectedRecord[] };

/** What one inbox pull did. */
export interface PullSummary {
  /** Messages written to the agency's system, by message id. */
  readonly written: string[];
  /** Messages this agency's system keeps no record of (the outbound mapping returned null). */
  readonly ignored: string[];
  /** Messages refused on receipt (a failed check) or that the outbound mapping refused. */
  readonly rejected: string[];
}

const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseDelayMs: 500 };

/** The sha256 of a native record's content: a corrected record with the same id is new. */
export function recordDigest(record: unknown): string {
  const bytes = record instanceof Uint8Array ? record : JSON.stringify(record);
  return createHash('sha256').update(bytes).digest('hex');
}

/** Is this a mapping's refusal rather than its messages? */
export function isIssue(value: unknown): value is AdapterIssue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value;
}

/**
 * Runs one adapter against the gateway: native exports in (parse, map, validate, seal,
 * submit), inbox out (open, map, write). Idempotent by native record across restarts through
 * its journal; transient gateway failures are retried with backoff; a refused record goes to
 * the reject file whole — every message of a record is validated before any is sent.
 */
export class AdapterRunner {
  readonly journal: Journal;
  readonly rejects: RejectFile;
  private readonly client: NrmClient;
  private readonly http: GatewayHttp;
  private readonly retry: RetryOptions;
  private readonly progressStream: ProgressStream;
  /** Told the exact submission the SDK is about to POST, so the journal holds it first. */
  private onSubmit: ((body: SubmitBody) => void) | undefined;
  /** The refusals of the import in progress, for its summary. */
  private rejected: RejectedRecord[] | undefined;

  constructor(private readonly options: RunnerOptions) {
    this.journal = new Journal(join(options.workDir, 'journal.jsonl'));
    this.rejects = new RejectFile(join(options.workDir, 'rejects.jsonl'));
    const baseFetch = options.client.fetch ?? fetch;
    const capturing: typeof fetch = (input, init) => {
      if (
        init?.method === 'POST' &&
        typeof init.body === 'string' &&
        new URL(String(input instanceof Request ? input.url : input)).pathname === '/v1/messages'
      ) {
        this.onSubmit?.(JSON.parse(init.body) as SubmitBody);
      }
      return baseFetch(input, init);
    };
    this.client = new NrmClient({
      ...options.client,
      fetch: capturing,
      stateDir: join(options.workDir, 'sdk-state'),
    });
    this.http = new GatewayHttp({
      baseUrl: options.client.gatewayUrl,
      token: options.client.token,
      fetch: baseFetch,
    });
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.progressStream = options.progress ?? process.stderr;
  }

  private get adapterName(): string {
    return this.options.adapter.name;
  }

  /**
   * Finish submissions a crash interrupted: the journal holds their exact bytes, and the
   * gateway answers an identical resubmit with its earlier answer (or accepts it now).
   */
  async resume(): Promise<number> {
    const pending = this.journal.pending();
    for (const entry of pending) {
      try {
        const answer = await withRetry(() => this.http.submit(entry.submission), this.retry);
        this.journal.append({ kind: 'sent', key: entry.key, messageId: answer.id });
      } catch (error) {
        if (isTransient(error)) {
          throw error;
        }
        const failure = asGatewayError(error);
        const [, nativeId] = JSON.parse(entry.key) as [string, string];
        this.rejects.append({
          nativeId,
          code: failure.code,
          message: failure.message,
          path: failure.path ?? '',
          source: 'journal',
        });
        this.journal.append({ kind: 'rejected', key: entry.key, code: failure.code });
      }
    }
    return pending.length;
  }

  /** Import one native export: every record sent once, refused whole, or already sent. */
  async importExport(input: string | Uint8Array, source: string): Promise<ImportSummary> {
    const inbound = this.options.adapter.inbound;
    if (inbound === undefined) {
      throw new GatewayError('BAD_REQUEST', {
        message: `The ${this.adapterName} adapter has no inbound mapping.`,
      });
    }
    await this.resume();
    const rejects: RejectedRecord[] = [];
    this.rejected = rejects;
    let records: ReturnType<typeof inbound.parse>;
    try {
      records = inbound.parse(input);
    } catch (error) {
      // A mapping must not throw for bad input; if one does, the input is refused, not lost.
      const message = `The adapter could not read ${source}: ${error instanceof Error ? error.message : String(error)}`;
      this.reject(source, { code: 'ADAPTER_FAILED', message, path: '' }, source);
      this.rejected = undefined;
      return { sent: 0, skipped: 0, rejected: 1, rejects };
    }
    const progress = new Progress(
      this.progressStream,
      `${this.adapterName} ${source}`,
      records.length,
    );
    for (const parsed of records) {
      if ('error' in parsed) {
        this.reject(parsed.nativeId, parsed.error, source);
        progress.tick('rejected');
        continue;
      }
      progress.tick(await this.importRecord(parsed.nativeId, parsed.record, source));
    }
    this.rejected = undefined;
    return { ...progress.finish(), rejects };
  }

  private async importRecord(
    nativeId: string,
    record: unknown,
    source: string,
  ): Promise<keyof ProgressCounts> {
    const digest = recordDigest(record);
    const firstKey = journalKey(this.adapterName, nativeId, digest, 0);
    const known = this.journal.get(firstKey);
    if (known?.kind === 'rejected') {
      return 'skipped';
    }
    let mapped: CanonicalMessage[] | AdapterIssue;
    try {
      mapped = this.options.adapter.inbound!.toCanonical(record, this.options.context);
    } catch (error) {
      mapped = {
        code: 'ADAPTER_FAILED',
        message: `The mapping failed: ${error instanceof Error ? error.message : String(error)}`,
        path: '',
      };
    }
    const invalid = isIssue(mapped) ? mapped : firstInvalid(mapped);
    if (invalid !== undefined) {
      this.reject(nativeId, invalid, source);
      this.journal.append({ kind: 'rejected', key: firstKey, code: invalid.code });
      return 'rejected';
    }
    let sent = 0;
    for (const [index, message] of (mapped as CanonicalMessage[]).entries()) {
      const key = journalKey(this.adapterName, nativeId, digest, index);
      const entry = this.journal.get(key);
      if (entry?.kind === 'sent' || entry?.kind === 'rejected') {
        continue;
      }
      try {
        await this.sendOne(key, message);
        sent += 1;
      } catch (error) {
        if (isTransient(error)) {
          throw error;
        }
        const failure = asGatewayError(error);
        this.reject(
          nativeId,
          { code: failure.code, message: failure.message, path: failure.path ?? '' },
          source,
        );
        this.journal.append({ kind: 'rejected', key, code: failure.code });
        return 'rejected';
      }
    }
    return sent === 0 ? 'skipped' : 'sent';
  }

  /** Seal and submit one message; the journal holds the submission before it leaves. */
  private async sendOne(key: string, message: CanonicalMessage): Promise<void> {
    const result = await withRetry(async () => {
      this.onSubmit = (submission) => {
        this.journal.append({ kind: 'prepared', key, submission });
      };
      try {
        return await this.client.send(message);
      } finally {
        this.onSubmit = undefined;
      }
    }, this.retry);
    this.journal.append({ kind: 'sent', key, messageId: result.id });
  }

  /** Refuse a whole input (a file that cannot be opened): the reject file, like a record. */
  rejectInput(source: string, issue: AdapterIssue): void {
    this.reject(source, issue, source);
  }

  private reject(nativeId: string, issue: AdapterIssue, source: string): void {
    const record = { nativeId, code: issue.code, message: issue.message, path: issue.path, source };
    this.rejects.append(record);
    this.rejected?.push(record);
  }

  /**
   * Pull the inbox and write each message the agency keeps through the outbound mapping.
   * A message is written before the SDK acknowledges it, and the journal remembers what was
   * written: redelivery after a crash is written once.
   */
  async pullInbox(sink: OutboundSink): Promise<PullSummary> {
    const outbound = this.options.adapter.outbound;
    const summary = { written: [] as string[], ignored: [] as string[], rejected: [] as string[] };
    if (outbound === undefined) {
      return summary;
    }
    await withRetry(async () => {
      for await (const item of this.client.inbox()) {
        if (!item.ok) {
          this.reject(
            item.id,
            { code: item.error.code, message: item.error.message, path: item.error.path ?? '' },
            'inbox',
          );
          summary.rejected.push(item.id);
          continue;
        }
        const { message } = item;
        const key = JSON.stringify(['out', this.adapterName, message.id]);
        if (this.journal.get(key) !== undefined) {
          continue;
        }
        let native: unknown;
        try {
          native = outbound.fromCanonical(message, this.options.context);
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          this.reject(message.id, { code: 'ADAPTER_FAILED', message: text, path: '' }, 'inbox');
          this.journal.append({ kind: 'rejected', key, code: 'ADAPTER_FAILED' });
          summary.rejected.push(message.id);
          continue;
        }
        if (native === null) {
          summary.ignored.push(message.id);
          continue;
        }
        await sink.write(message.id, outbound.serialize([native]));
        this.journal.append({ kind: 'written', key });
        summary.written.push(message.id);
      }
    }, this.retry);
    return summary;
  }

  close(): void {
    this.journal.close();
  }
}

/** The first message that is not schema-valid, as the record's issue. */
function firstInvalid(messages: readonly CanonicalMessage[]): AdapterIssue | undefined {
  for (const [index, message] of messages.entries()) {
    const reading = catalogueSchemas.read(message.type, message.version, message.payload);
    if (!reading.ok) {
      return {
        code: reading.error.code,
        message: `Message ${String(index)} (${message.type} v${String(message.version)}): ${reading.error.message}`,
        path: reading.error.path ?? '',
      };
    }
  }
  return undefined;
}

/** Anything thrown by the SDK as a gateway error (it throws those; a bug may throw others). */
function asGatewayError(error: unknown): GatewayError {
  return error instanceof GatewayError
    ? error
    : new GatewayError('INTERNAL', {
        message: error instanceof Error ? error.message : String(error),
      });
}
