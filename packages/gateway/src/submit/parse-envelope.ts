import { EnvelopeV1, parseMessage } from '@nrm/schemas';
import type { z } from 'zod';
import { GatewayError, parseFailureError } from '@nrm/client/errors';

export type Envelope = z.infer<typeof EnvelopeV1>;

/** Envelopes are small routing records; anything bigger is not one. */
export const MAX_ENVELOPE_BYTES = 64 * 1024;

/**
 * Parse untrusted envelope bytes with `@nrm/schemas` (`nrm.envelope` v1: strict UTF-8 JSON —
 * unique member names, no BOM — bounded size and depth). The bytes are kept verbatim by the
 * caller (the signature covers them); this only reads them. Failures are SCHEMA_INVALID with
 * the path under `envelope` (a duplicate member at its own path).
 */
export function parseEnvelope(bytes: Uint8Array): Envelope {
  if (bytes.byteLength > MAX_ENVELOPE_BYTES) {
    throw new GatewayError('PAYLOAD_TOO_LARGE', {
      message: `The envelope is ${bytes.byteLength} bytes; the limit is ${MAX_ENVELOPE_BYTES}.`,
      path: 'envelope',
    });
  }
  const parsed = parseMessage('nrm.envelope', 1, bytes);
  if (!parsed.ok) {
    throw parseFailureError(parsed.error, 'envelope');
  }
  // Already validated by the same schema; parsing again only recovers the static type.
  return EnvelopeV1.parse(parsed.value);
}
