import { EnvelopeV1 } from '@nrm/schemas';
import { readSignedJson, zodSchemaError } from '../errors/schema-error.js';

const encoder = new TextEncoder();

/**
 * The exact bytes that get signed, stored and delivered (ADR 0002): compact UTF-8 JSON of a
 * validated envelope. No canonicalisation — the signature covers these bytes, whatever they are.
 */
export function encodeEnvelope(envelope: EnvelopeV1): Uint8Array {
  const parsed = EnvelopeV1.safeParse(envelope);
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'envelope');
  }
  return encoder.encode(JSON.stringify(parsed.data));
}

/**
 * Parse received envelope bytes: strict JSON (unique member names, no BOM, valid UTF-8 — the
 * reading the gateway checked) that must be a valid `nrm.envelope` v1.
 */
export function decodeEnvelope(bytes: Uint8Array): EnvelopeV1 {
  const json = readSignedJson(bytes, 'envelope');
  const parsed = EnvelopeV1.safeParse(json);
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'envelope');
  }
  return parsed.data;
}
