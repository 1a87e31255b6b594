import { describe, expect, it } from 'vitest';
import { sha256Digest } from '../crypto/index.js';
import { acknowledgementReceipt, decodeReceipt, encodeReceipt } from './receipt.js';

const at = new Date('2026-01-15T10:00:00Z');
const envelopeBytes = new TextEncoder().encode('{"id":"x"}');
const id = '019bc1a2-3b4c-7d5e-8f60-718293a4b5c6';

describe('receipts', () => {
  it('an acknowledgement names the message, the digest of the exact envelope bytes, who and when', () => {
    const receipt = acknowledgementReceipt(id, envelopeBytes, 'rs.csw.belgrade', at);
    expect(receipt).toEqual({
      type: 'nrm.receipt',
      version: 1,
      messageId: id,
      envelopeDigest: sha256Digest(envelopeBytes),
      by: 'rs.csw.belgrade',
      status: 'acknowledged',
      at: '2026-01-15T10:00:00.000Z',
    });
    expect(decodeReceipt(encodeReceipt(receipt))).toEqual(receipt);
  });

  it('rejects a receipt with a duplicate member at its path (strict JSON)', () => {
    const text = new TextDecoder().decode(
      encodeReceipt(acknowledgementReceipt(id, envelopeBytes, 'rs.csw.belgrade', at)),
    );
    const twice = text.replace('"status":', '"status":"accepted","status":');
    expect(() => decodeReceipt(new TextEncoder().encode(twice))).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'receipt.status' }),
    );
  });

  it('rejects bytes that are not JSON or not a receipt, with a path', () => {
    expect(() => decodeReceipt(new Uint8Array([0xff, 0xfe]))).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'receipt' }),
    );
    const bad = new TextEncoder().encode(
      JSON.stringify({ ...acknowledgementReceipt(id, envelopeBytes, 'x', at), status: 'lost' }),
    );
    expect(() => decodeReceipt(bad)).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID', path: 'receipt.status' }),
    );
  });
});
