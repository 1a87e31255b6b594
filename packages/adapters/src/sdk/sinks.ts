import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayError } from '@nrm/client';

/** Where native records of received messages go: a folder or the agency system's HTTP API. */
export interface OutboundSink {
  /** Write the native record of one message; must be safe to repeat for the same id. */
  write(messageId: string, content: string | Uint8Array): Promise<void>;
}

/**
 * A drop folder: one file per message, named by its id, written whole (a temporary name,
 * then a rename) so the agency's importer never reads half a file; repeating overwrites.
 */
export function folderSink(dir: string, extension: string): OutboundSink {
  mkdirSync(dir, { recursive: true });
  return {
    write(messageId, content) {
      const file = join(dir, `${messageId}.${extension}`);
      writeFileSync(`${file}.partial`, content);
      renameSync(`${file}.partial`, file);
      return Promise.resolve();
    },
  };
}

/**
 * The agency system's HTTP API: POST each record, with the message id as idempotency key so
 * a repeat after a crash is recognised there.
 */
export function httpSink(
  url: string,
  contentType: string,
  fetchFn: typeof fetch = fetch,
): OutboundSink {
  return {
    async write(messageId, content) {
      let response: Response;
      try {
        response = await fetchFn(url, {
          method: 'POST',
          headers: { 'content-type': contentType, 'idempotency-key': messageId },
          body: content,
        });
      } catch (cause) {
        throw new GatewayError('GATEWAY_UNREACHABLE', {
          message: `Cannot reach the agency system at ${url}.`,
          cause,
        });
      }
      if (!response.ok) {
        // The agency's own system failing is worth retrying, never a reason to lose a message.
        throw new GatewayError(response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL', {
          message: `The agency system at ${url} answered ${String(response.status)}.`,
        });
      }
    },
  };
}
