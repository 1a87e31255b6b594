import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './envelope.js';
import { exampleEnvelope } from './__fixtures__/envelopes.js';

describe('envelope bytes', () => {
  it('round-trips a valid envelope through its exact bytes', () => {
    const bytes = encodeEnvelope(exampleEnvelope);
    expect(decodeEnvelope(bytes)).toEqual(exampleEnvelope);
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(exampleEnvelope));
  });

  it('refuses to encode an invalid envelope, naming the field', () => {
    expect(() => encodeEnvelope({ ...exampleEnvelope, to: [] })).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope.to' }),
    );
  });

  it('rejects received bytes that are not JSON, not an envelope, or carry unknown fields', () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(() => decodeEnvelope(new TextEncoder().encode('{'))).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope' }),
    );
    expect(() => decodeEnvelope(encode({ ...exampleEnvelope, subject: 'Jane Doe' }))).toThrow(
      expect.objectContaining({ path: 'envelope.subject' }),
    );
    expect(() => decodeEnvelope(encode({ ...exampleEnvelope, name: 'Jane Doe' }))).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID' }),
    );
  });
});
