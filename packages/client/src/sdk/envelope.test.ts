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
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope.name' }),
    );
  });

  it('refuses strict-JSON violations: a duplicate member (at its path), a BOM', () => {
    const text = JSON.stringify(exampleEnvelope);
    // Two `to` members: JSON.parse would keep the last, another reader the first.
    const twice = text.replace('"to":', '"to":["rs.police.border"],"to":');
    expect(() => decodeEnvelope(new TextEncoder().encode(twice))).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope.to' }),
    );
    const twoTypes = text.replace('"type":', '"type":"nrm.consent-withdrawal","type":');
    expect(() => decodeEnvelope(new TextEncoder().encode(twoTypes))).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'envelope.type' }),
    );
    expect(() => decodeEnvelope(new TextEncoder().encode(`\ufeff${text}`))).toThrow(
      expect.objectContaining({
        code: 'SCHEMA_INVALID',
        message: expect.stringMatching(/byte order mark/),
      }),
    );
  });
});
