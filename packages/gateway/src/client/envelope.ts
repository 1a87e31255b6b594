import { EnvelopeV1 } from '@nrm/schemas';
import type { z } from 'zod';
import { GatewayError } from '../errors/index.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The first zod issue as a GatewayError with a dotted path, so a caller sees exactly what is wrong. */
export function schemaError(error: z.ZodError, prefix: string): GatewayError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== '').join('.');
  return new GatewayError('SCHEMA_INVALID', { message: issue?.message ?? 'Invalid input.', path });
}

/**
 * The exact bytes that get signed, stored and delivered (ADR 0002): compact UTF-8 JSON of a
 * validated envelope. No canonicalisation — the signature covers these bytes, whatever they are.
 */
export function encodeEnvelope(envelope: EnvelopeV1): Uint8Array {
  const parsed = EnvelopeV1.safeParse(envelope);
  if (!parsed.success) {
    throw schemaError(parsed.error, 'envelope');
  }
  return encoder.encode(JSON.stringify(parsed.data));
}

/** Parse received envelope bytes: UTF-8 JSON that must be a valid `nrm.envelope` v1. */
export function decodeEnvelope(bytes: Uint8Array): EnvelopeV1 {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(bytes));
  } catch (cause) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The envelope is not UTF-8 JSON.',
      path: 'envelope',
      cause,
    });
  }
  const parsed = EnvelopeV1.safeParse(json);
  if (!parsed.success) {
    throw schemaError(parsed.error, 'envelope');
  }
  return parsed.data;
}
