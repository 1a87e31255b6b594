import { describe, expect, it } from 'vitest';
import { MAX_ENVELOPE_BYTES, parseEnvelope } from './parse-envelope.js';

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('parseEnvelope', () => {
  it('refuses oversize envelopes before parsing them', () => {
    expect(() => parseEnvelope(new Uint8Array(MAX_ENVELOPE_BYTES + 1))).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', path: 'envelope' }),
    );
  });

  it('refuses invalid UTF-8, non-JSON and schema violations with the path', () => {
    expect(() => parseEnvelope(new Uint8Array([0xff, 0xfe]))).toThrowError(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope' }),
    );
    expect(() => parseEnvelope(encode('{"id":'))).toThrowError(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope' }),
    );
    expect(() => parseEnvelope(encode({ id: 'x' }))).toThrowError(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope.id' }),
    );
  });
});
