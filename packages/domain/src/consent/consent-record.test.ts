import { describe, expect, it } from 'vitest';
import { S2_CONSENT } from './__fixtures__/disclosure.js';
import { ConsentRecord, ConsentWithdrawal } from './consent-record.js';

describe('ConsentRecord', () => {
  it('accepts a consent naming recipients by agency id and by kind', () => {
    const parsed = ConsentRecord.parse(S2_CONSENT);
    expect(parsed.recipients).toEqual([
      { by: 'agency', agency: 'rs.cptv' },
      { by: 'kind', kind: 'police' },
    ]);
  });
  it('accepts a consent without end date (valid until withdrawn)', () => {
    const { validUntil: _drop, ...open } = S2_CONSENT;
    expect(ConsentRecord.safeParse(open).success).toBe(true);
  });
  it('refuses a validity period that ends before it starts', () => {
    const r = ConsentRecord.safeParse({ ...S2_CONSENT, validUntil: '2026-02-01T00:00:00Z' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['validUntil']);
  });
  it('refuses a consent taking effect before it was obtained', () => {
    const r = ConsentRecord.safeParse({ ...S2_CONSENT, validFrom: '2026-02-01T00:00:00Z' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['validFrom']);
  });
  it('refuses a consent with no recipient, an unknown purpose or a non-UUID id', () => {
    expect(ConsentRecord.safeParse({ ...S2_CONSENT, recipients: [] }).success).toBe(false);
    expect(ConsentRecord.safeParse({ ...S2_CONSENT, purposes: ['marketing'] }).success).toBe(false);
    expect(ConsentRecord.safeParse({ ...S2_CONSENT, id: 'consent-1' }).success).toBe(false);
  });
  it('refuses a recipient kind that is not an agency kind', () => {
    const r = ConsentRecord.safeParse({
      ...S2_CONSENT,
      recipients: [{ by: 'kind', kind: 'journalist' }],
    });
    expect(r.success).toBe(false);
  });
});

describe('ConsentWithdrawal', () => {
  it('records who withdrew and when', () => {
    const w = ConsentWithdrawal.parse({
      consentId: S2_CONSENT.id,
      withdrawnAt: '2026-04-01T08:00:00Z',
      withdrawnBy: 'self',
      recordedBy: 'rs.astra',
    });
    expect(w.withdrawnBy).toBe('self');
  });
  it('refuses a withdrawal without a valid consent id', () => {
    const r = ConsentWithdrawal.safeParse({
      consentId: 'x',
      withdrawnAt: '2026-04-01T08:00:00Z',
      withdrawnBy: 'self',
      recordedBy: 'rs.astra',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['consentId']);
  });
});
