import { describe, expect, it } from 'vitest';
import { ConsentRecord } from '../consent/consent-record.js';
import type { ConsentWithdrawal } from '../consent/consent-record.js';
import type { AgencyId } from '../ids.js';
import type { RetainedDelivery, RetainedMessage } from './retention-policy.js';
import {
  ciphertextDeletableAt,
  consentEvidenceDeletableAt,
  DEFAULT_RETENTION_POLICY as POLICY,
  deliveryHold,
  RetainedDelivery as DeliverySchema,
  RetentionPolicy,
} from './retention-policy.js';

const MESSAGE: RetainedMessage = {
  id: '0196f000-0000-7000-8000-000000000001',
  subject: 'sub_OlderBrother00000014' as RetainedMessage['subject'],
  acceptedAt: '2026-04-06T08:30:00.000Z',
  expiresAt: '2026-05-06T08:30:00.000Z',
};
const delivery = (over: Partial<RetainedDelivery>): RetainedDelivery => ({
  messageId: MESSAGE.id,
  recipient: 'rs.cptv' as AgencyId,
  status: 'accepted',
  statusAt: MESSAGE.acceptedAt,
  ...over,
});
const acked = (at: string, recipient = 'rs.cptv'): RetainedDelivery =>
  delivery({
    status: 'acknowledged',
    statusAt: at,
    acknowledgedAt: at,
    recipient: recipient as AgencyId,
  });

describe('retention policy as data', () => {
  it('has sane, explicit defaults and refuses nonsense', () => {
    expect(POLICY).toMatchObject({
      ciphertextDaysAfterAcknowledgement: 30,
      log: 'never-deleted-pseudonymous-only',
    });
    expect(RetentionPolicy.safeParse({ ...POLICY, withheldEvidenceDays: -1 }).success).toBe(false);
    expect(RetentionPolicy.safeParse({ ...POLICY, log: 'delete-after-a-year' }).success).toBe(
      false,
    );
  });

  it('a delivery row carries acknowledgedAt exactly when acknowledged', () => {
    expect(DeliverySchema.safeParse(acked('2026-04-06T09:00:00Z')).success).toBe(true);
    expect(DeliverySchema.safeParse(delivery({ status: 'acknowledged' })).success).toBe(false);
    expect(
      DeliverySchema.safeParse(
        delivery({ status: 'delivered', acknowledgedAt: MESSAGE.acceptedAt }),
      ).success,
    ).toBe(false);
  });
});

describe('deliveryHold and ciphertextDeletableAt', () => {
  it('keeps ciphertext N days after acknowledgement', () => {
    expect(deliveryHold(acked('2026-04-06T09:00:00Z'), MESSAGE, POLICY)).toEqual({
      deletableAt: '2026-05-06T09:00:00.000Z',
      heldBy: 'acknowledged-grace',
    });
  });

  it.each(['accepted', 'delivered', 'dead-lettered', 'expired'] as const)(
    'keeps undelivered (%s) ciphertext until the message expires',
    (status) => {
      expect(deliveryHold(delivery({ status }), MESSAGE, POLICY)).toEqual({
        deletableAt: MESSAGE.expiresAt,
        heldBy: 'awaiting-delivery',
      });
    },
  );

  it('keeps a withheld delivery as evidence for the DPO, never shorter than to expiry', () => {
    const withheld = delivery({ status: 'withheld', statusAt: '2026-04-10T00:00:00.000Z' });
    expect(deliveryHold(withheld, MESSAGE, POLICY)).toEqual({
      deletableAt: '2026-07-09T00:00:00.000Z',
      heldBy: 'withheld-evidence',
    });
    const brief = { ...POLICY, withheldEvidenceDays: 1 };
    expect(deliveryHold(withheld, MESSAGE, brief).deletableAt).toBe(MESSAGE.expiresAt);
  });

  it('waits for the recipient that needs the ciphertext longest, ignoring other messages', () => {
    const other = {
      ...acked('2026-09-01T00:00:00.000Z'),
      messageId: '0196f000-0000-7000-8000-000000000099',
    };
    expect(
      ciphertextDeletableAt(
        MESSAGE,
        [
          acked('2026-04-06T09:00:00.000Z'),
          acked('2026-04-20T09:00:00.000Z', 'rs.csw.belgrade'),
          other,
        ],
        POLICY,
      ),
    ).toEqual({ deletableAt: '2026-05-20T09:00:00.000Z', heldBy: 'acknowledged-grace' });
    expect(
      ciphertextDeletableAt(
        MESSAGE,
        [acked('2026-04-06T09:00:00.000Z'), delivery({ status: 'delivered' })],
        POLICY,
      ),
    ).toEqual({ deletableAt: '2026-05-06T09:00:00.000Z', heldBy: 'acknowledged-grace' });
  });

  it('keeps a message without delivery rows until expiry, and normalises offsets', () => {
    const offset = { ...MESSAGE, expiresAt: '2026-05-06T10:30:00+02:00' };
    expect(ciphertextDeletableAt(offset, [], POLICY)).toEqual({
      deletableAt: '2026-05-06T08:30:00.000Z',
      heldBy: 'awaiting-delivery',
    });
  });
});

describe('consentEvidenceDeletableAt', () => {
  const consent = ConsentRecord.parse({
    id: '0190a6f1-0000-7000-8000-000000000101',
    subject: MESSAGE.subject,
    controller: 'rs.csw.belgrade',
    givenBy: 'guardian',
    recipients: [{ by: 'agency', agency: 'rs.cptv' }],
    purposes: ['identification'],
    categories: ['identity'],
    validFrom: '2026-04-06T08:00:00Z',
    language: 'sr',
    formVersion: 'rs-2026-1',
    obtainedAt: '2026-04-06T08:00:00Z',
  });
  const withdrawal = (consentId: string, withdrawnAt: string): ConsentWithdrawal => ({
    consentId: consentId as ConsentWithdrawal['consentId'],
    withdrawnAt,
    withdrawnBy: 'guardian',
    recordedBy: 'rs.csw.belgrade' as AgencyId,
  });

  it('has no end while a consent valid until withdrawn is in force', () => {
    expect(consentEvidenceDeletableAt(consent, [], POLICY)).toBeUndefined();
    expect(
      consentEvidenceDeletableAt(
        consent,
        [withdrawal('0190a6f1-0000-7000-8000-000000000999', '2026-05-01T00:00:00Z')],
        POLICY,
      ),
    ).toBeUndefined();
  });

  it('counts N days from expiry or withdrawal, whichever came first', () => {
    const expiring = { ...consent, validUntil: '2027-04-06T08:00:00Z' };
    expect(consentEvidenceDeletableAt(expiring, [], POLICY)).toBe('2028-04-05T08:00:00.000Z');
    expect(
      consentEvidenceDeletableAt(
        expiring,
        [withdrawal(consent.id, '2026-05-01T00:00:00Z')],
        POLICY,
      ),
    ).toBe('2027-05-01T00:00:00.000Z');
  });
});
