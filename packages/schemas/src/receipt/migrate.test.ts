import { describe, expect, it } from 'vitest';
import { readMessage } from '../parse/parse-message.js';
import { ReceiptV2 } from './v2.js';

describe('nrm.receipt v1 → v2', () => {
  const v1 = {
    type: 'nrm.receipt',
    version: 1,
    messageId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
    envelopeDigest: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    by: 'rs.cptv',
    status: 'acknowledged',
    at: '2026-03-02T08:01:00.000Z',
  };

  it('reads a v1 receipt as v2 with the same facts and no rejection or log proof', () => {
    const read = readMessage('nrm.receipt', 1, v1);
    expect(read).toMatchObject({ ok: true, value: { writtenVersion: 1 } });
    const value = read.ok ? read.value.payload : undefined;
    expect(value).toEqual({ ...v1, version: 2 });
    expect(ReceiptV2.safeParse(value).success).toBe(true);
  });

  it('v1 stays frozen: it has no rejected status', () => {
    const read = readMessage('nrm.receipt', 1, { ...v1, status: 'rejected' });
    expect(read).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
  });
});
