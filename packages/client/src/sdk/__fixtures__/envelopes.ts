import type { EnvelopeV1 } from '@nrm/schemas';

/** A valid child referral envelope, as the SDK builds it. */
export const exampleEnvelope: EnvelopeV1 = {
  id: '019bc1a2-3b4c-7d5e-8f60-718293a4b5c6',
  type: 'nrm.referral',
  version: 1,
  from: 'rs.police.belgrade-thb',
  to: ['rs.cptv', 'rs.csw.belgrade'],
  subject: 'sub_AbCdEf0123456789',
  purpose: 'identification',
  legalBasis: 'legal-obligation',
  consentRefs: [],
  dataCategories: ['identity', 'exploitation'],
  subjectIsChild: true,
  area: 'RS-BG-11',
  createdAt: '2026-01-15T10:00:00.000Z',
  expiresAt: '2026-02-14T10:00:00.000Z',
  payloadDigest: `sha256:${'a'.repeat(64)}`,
  senderKey: 'b'.repeat(40),
};
