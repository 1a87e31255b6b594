import type { LogEntryInput } from '../log-entry.js';

export const T0 = Date.parse('2026-03-02T09:00:00Z');
const SUBJECTS = ['sub_A1b2C3d4E5f6G7h8', 'sub_Z9y8X7w6V5u4T3s2'] as const;
const FPR = 'a'.repeat(40);

/** The n-th entry of a varied synthetic history (every kind appears within 10). */
export function sampleEntry(n: number): LogEntryInput {
  const at = new Date(T0 + n * 3_600_000).toISOString();
  const messageId = `0195f3a0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
  const subject = SUBJECTS[n % 2] as string;
  switch (n % 10) {
    case 0:
      return {
        kind: 'consent-granted',
        at,
        messageId,
        subject,
        from: 'rs.cptv',
        recipients: ['rs.csw.belgrade', 'rs.astra'],
        purposes: ['assistance', 'identification'],
        categories: ['identity', 'exploitation', 'health'],
      };
    case 1:
      return {
        kind: 'disclosure-allowed',
        at,
        messageId,
        subject,
        from: 'rs.cptv',
        to: 'rs.csw.belgrade',
        purpose: 'assistance',
        basis: 'consent',
        categories: ['identity', 'health'],
        policyVersion: 1,
      };
    case 2:
      return {
        kind: 'disclosure-denied',
        at,
        messageId,
        subject,
        from: 'rs.cptv',
        to: 'rs.police.belgrade-thb',
        purpose: 'legal-proceedings',
        categories: ['health'],
        policyVersion: 1,
        reason: 'CONSENT_MISSING',
      };
    case 3:
      return {
        kind: 'delivery-withheld',
        at,
        messageId,
        subject,
        to: 'rs.astra',
        reason: 'consent-withdrawn',
      };
    case 4:
      return {
        kind: 'consent-withdrawn',
        at,
        messageId,
        consentId: `0195f3a0-0000-7000-8000-${'0'.repeat(12)}`,
        subject,
        from: 'rs.cptv',
      };
    case 5:
      return { kind: 'key-registered', at, agency: 'rs.astra', fingerprint: FPR };
    case 6:
      return {
        kind: 'key-rotated',
        at,
        agency: 'rs.astra',
        fingerprint: 'b'.repeat(40),
        previousFingerprint: FPR,
      };
    case 7:
      return {
        kind: 'key-revoked',
        at,
        agency: 'rs.astra',
        fingerprint: FPR,
        reason: 'superseded',
      };
    case 8:
      return {
        kind: 'policy-changed',
        at,
        policy: 'disclosure',
        policyVersion: 2,
        digest: 'c'.repeat(64),
      };
    default:
      return {
        kind: 'erasure',
        at,
        subject,
        requestedBy: 'rs.cptv',
        categories: ['contact'],
        reason: 'retention-expired',
      };
  }
}
