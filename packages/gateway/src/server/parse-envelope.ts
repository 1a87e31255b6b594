import { EnvelopeV1, parseMessage } from '@nrm/schemas';
import type { z } from 'zod';
import { GatewayError } from '../errors/gateway-error.js';

export type Envelope = z.infer<typeof EnvelopeV1>;

/** Envelopes are small routing records; anything bigger is not one. */
export const MAX_ENVELOPE_BYTES = 64 * 1024;

/**
 * Parse untrusted envelope bytes with `@nrm/schemas` (`nrm.envelope` v1: strict UTF-8 JSON,
 * bounded size and depth). The bytes are kept verbatim by the caller (the signature covers
 * them); this only reads them. Failures are SCHEMA_INVALID with the path under `envelope`.
 */
export function parseEnvelope(bytes: Uint8Array): Envelope {
  if (bytes.byteLength > MAX_ENVELOPE_BYTES) {
    throw new GatewayError('PAYLOAD_TOO_LARGE', {
      message: `The envelope exceeds ${MAX_ENVELOPE_BYTES} bytes.`,
      path: 'envelope',
    });
  }
  const parsed = parseMessage('nrm.envelope', 1, bytes);
  if (!parsed.ok) {
    const { issues } = parsed.error;
    const describe =
      issues.length === 0
        ? parsed.error.message
        : issues
            .slice(0, 10)
            .map(
              (issue) => `${['envelope', ...issue.path.map(String)].join('.')}: ${issue.message}`,
            )
            .join('; ');
    throw new GatewayError(
      parsed.error.code === 'PAYLOAD_TOO_LARGE' ? 'PAYLOAD_TOO_LARGE' : 'SCHEMA_INVALID',
      {
        message: describe,
        path: ['envelope', ...(issues[0]?.path ?? []).map(String)].join('.'),
      },
    );
  }
  // Already validated by the same schema; parsing again only recovers the static type.
  return EnvelopeV1.parse(parsed.value);
}
