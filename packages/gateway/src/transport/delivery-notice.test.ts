import { describe, expect, it } from 'vitest';
import { decodeNotice, encodeNotice } from './delivery-notice.js';

describe('delivery notice records', () => {
  it('round-trips a notice', () => {
    const notice = {
      messageId: '0190a1b2-0000-7000-8000-000000000001',
      recipient: 'rs.cptv',
      kind: 'accepted' as const,
    };
    expect(decodeNotice(Buffer.from(encodeNotice(notice)))).toEqual(notice);
  });

  it('skips records that are not notices', () => {
    expect(decodeNotice(null)).toBeUndefined();
    expect(decodeNotice('not json')).toBeUndefined();
    expect(decodeNotice('{"messageId":"m","recipient":"r","kind":"other"}')).toBeUndefined();
    expect(
      decodeNotice('{"messageId":"m","recipient":"r","kind":"accepted","x":1}'),
    ).toBeUndefined();
    expect(decodeNotice('{"messageId":"","recipient":"r","kind":"accepted"}')).toBeUndefined();
  });
});
