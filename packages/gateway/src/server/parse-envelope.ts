import { EnvelopeV1 } from '@nrm/schemas';
import type { z } from 'zod';
import { GatewayError } from '../errors/gateway-error.js';

export type Envelope = z.infer<typeof EnvelopeV1>;

/** Envelopes are small routing records; anything bigger is not one. */
export const MAX_ENVELOPE_BYTES = 64 * 1024;

/**
 * Parse untrusted envelope bytes: strict UTF-8, JSON, then `nrm.envelope` v1. The bytes are
 * kept verbatim by the caller (the signature covers them); this only reads them.
 * Every failure is SCHEMA_INVALID with the offending path under `envelope`.
 */
export function parseEnvelope(bytes: Uint8Array): Envelope {
  if (bytes.byteLength > MAX_ENVELOPE_BYTES) {
    throw new GatewayError('PAYLOAD_TOO_LARGE', {
      message: `The envelope exceeds ${MAX_ENVELOPE_BYTES} bytes.`,
      path: 'envelope',
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The envelope is not UTF-8 JSON.',
      path: 'envelope',
      cause,
    });
  }
  const parsed = EnvelopeV1.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const describe = issues
      .slice(0, 10)
      .map((issue) => `${['envelope', ...issue.path.map(String)].join('.')}: ${issue.message}`)
      .join('; ');
    throw new GatewayError('SCHEMA_INVALID', {
      message: describe,
      path: ['envelope', ...(first?.path ?? []).map(String)].join('.'),
    });
  }
  return parsed.data;
}
