import { z } from 'zod';
import { PermittedResponse, type PermittedCheckBody } from './minimise.js';
import { GatewayError, toGatewayError } from '../errors/index.js';

/** Body of `POST /v1/messages` (HTTP contract v1): base64 bytes and an armored signature. */
export interface SubmitBody {
  envelope: string;
  envelopeSignature: string;
  payload: string;
  /** `nrm.consent-record` only: the consent scope JSON (base64), readable by the gateway. */
  consentScope?: string;
  /** Armored detached signature of the sender over the consent scope bytes. */
  consentScopeSignature?: string;
}

/** A signed receipt as it travels: base64 bytes plus an armored detached signature. */
export const SignedReceiptBody = z.object({ receipt: z.string(), signature: z.string() });

export const SubmitResponse = z.object({
  id: z.string(),
  status: z.string(),
  receipt: SignedReceiptBody,
});
export type SubmitResponse = z.infer<typeof SubmitResponse>;

export const InboxMessage = z.object({
  id: z.string(),
  envelope: z.string(),
  envelopeSignature: z.string(),
  payload: z.string(),
});
export type InboxMessage = z.infer<typeof InboxMessage>;
export const InboxResponse = z.object({ messages: z.array(InboxMessage) });

export const AckResponse = z.object({
  id: z.string(),
  status: z.string(),
  receipt: SignedReceiptBody.optional(),
});
export type AckResponse = z.infer<typeof AckResponse>;

export const RejectResponse = z.object({
  id: z.string(),
  status: z.string(),
  code: z.string(),
  receipt: SignedReceiptBody.optional(),
});
export type RejectResponse = z.infer<typeof RejectResponse>;

export const StatusResponse = z
  .object({
    id: z.string(),
    recipients: z.array(z.object({ agency: z.string(), status: z.string() }).loose()),
  })
  .loose();
export type StatusResponse = z.infer<typeof StatusResponse>;

export const RegisteredKey = z.object({
  fingerprint: z.string(),
  publicKey: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullish(),
  revokedAt: z.string().nullish(),
});
export type RegisteredKey = z.infer<typeof RegisteredKey>;
export const KeysResponse = z.object({ agencyId: z.string(), keys: z.array(RegisteredKey) });
export type KeysResponse = z.infer<typeof KeysResponse>;

const NoteKeyResponse = z.object({ origin: z.string(), verifierKey: z.string() });
const ConsistencyResponse = z.object({ proof: z.array(z.string()) });

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    path: z.string().optional(),
    refused: z
      .array(
        z.object({ agency: z.string(), path: z.string(), detail: z.string(), message: z.string() }),
      )
      .optional(),
  }),
});

/** Options for {@link GatewayHttp}. */
export interface GatewayHttpOptions {
  /** Base URL of the gateway, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** The agency's bearer token. */
  token: string;
  /** Injectable fetch (defaults to the global one). */
  fetch?: typeof fetch;
}

/** A network failure as GATEWAY_UNREACHABLE, with the URL and the system's own words. */
export function unreachableError(url: string, cause: unknown): GatewayError {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  const code =
    typeof inner === 'object' && inner !== null && 'code' in inner ? String(inner.code) : '';
  const detail = inner instanceof Error ? inner.message : String(inner);
  return new GatewayError('GATEWAY_UNREACHABLE', {
    message: `Cannot reach the gateway at ${url}: ${code === '' || detail.includes(code) ? detail : `${code} ${detail}`}.`,
    cause,
  });
}

/**
 * The gateway's HTTP API as typed calls (`src/api/http-contract.md`). Every failure is a
 * {@link GatewayError}: error bodies keep the server's code, message and path; a network
 * failure is GATEWAY_UNREACHABLE naming the URL and the cause ("ECONNREFUSED").
 */
export class GatewayHttp {
  private readonly baseUrl: string;
  private readonly token: string;
  private readonly fetchFn: typeof fetch;

  constructor(options: GatewayHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.fetchFn = options.fetch ?? fetch;
  }

  submit(body: SubmitBody): Promise<SubmitResponse> {
    return this.call('POST', '/v1/messages', SubmitResponse, body);
  }

  async inbox(limit: number): Promise<InboxMessage[]> {
    const { messages } = await this.call('GET', `/v1/inbox?limit=${String(limit)}`, InboxResponse);
    return messages;
  }

  acknowledge(
    id: string,
    body: { receipt: string; receiptSignature: string },
  ): Promise<AckResponse> {
    return this.call('POST', `/v1/messages/${encodeURIComponent(id)}/ack`, AckResponse, body);
  }

  /** Refuse a received message that failed a check, with its stable code and why (signed). */
  reject(
    id: string,
    body: { code: string; reason: string; receipt?: string; receiptSignature?: string },
  ): Promise<RejectResponse> {
    return this.call('POST', `/v1/messages/${encodeURIComponent(id)}/reject`, RejectResponse, body);
  }

  status(id: string): Promise<StatusResponse> {
    return this.call('GET', `/v1/messages/${encodeURIComponent(id)}/status`, StatusResponse);
  }

  /** Dry run of the consent check: which requested categories may go to each recipient. */
  checkPermitted(body: PermittedCheckBody): Promise<PermittedResponse> {
    return this.call('POST', '/v1/disclosures/check', PermittedResponse, body);
  }

  keys(agencyId: string): Promise<KeysResponse> {
    return this.call('GET', `/v1/keys/${encodeURIComponent(agencyId)}`, KeysResponse);
  }

  /** The log's origin and note verifier key. */
  noteKey(): Promise<{ origin: string; verifierKey: string }> {
    return this.call('GET', '/v1/log/note-key', NoteKeyResponse);
  }

  /** The log's newest checkpoint (a signed note). */
  checkpoint(): Promise<string> {
    return this.call('GET', '/v1/log/checkpoint', z.string(), undefined, 'text');
  }

  /** RFC 9162 consistency proof between two tree sizes. */
  consistency(oldSize: number, newSize: number): Promise<{ proof: string[] }> {
    return this.call(
      'GET',
      `/v1/log/checkpoint/consistency?oldSize=${String(oldSize)}&newSize=${String(newSize)}`,
      ConsistencyResponse,
    );
  }

  private async call<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    body?: unknown,
    as: 'json' | 'text' = 'json',
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.token}`,
      accept: 'application/json',
    };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    const url = `${this.baseUrl}${path}`;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch (cause) {
      throw unreachableError(url, cause);
    }
    // A text answer (a checkpoint note) is kept as it is; anything else, and every error
    // body, is JSON.
    const json = response.ok && as === 'text' ? text : parseJsonOrUndefined(text);
    if (!response.ok) {
      const error = ErrorBody.safeParse(json);
      throw error.success
        ? toGatewayError(error.data.error)
        : toGatewayError({ statusCode: response.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new GatewayError('INTERNAL', {
        message: `The gateway answered ${method} ${path} with an unexpected body.`,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }
}

function parseJsonOrUndefined(text: string): unknown {
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
