import { describe, expect, it } from 'vitest';
import { EnvelopeV1 } from './v1.js';

const valid = {
  id: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
  type: 'nrm.referral',
  version: 2,
  from: 'rs.police.belgrade-thb',
  to: ['rs.cptv'],
  subject: 'sub_A1b2C3d4E5f6G7h8',
  purpose: 'identification',
  legalBasis: 'legal-obligation',
  consentRefs: [],
  dataCategories: ['identity', 'exploitation'],
  subjectIsChild: false,
  createdAt: '2027-03-01T10:00:00+01:00',
  expiresAt: '2027-03-31T10:00:00Z',
  payloadDigest: `sha256:${'a'.repeat(64)}`,
  senderKey: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
};

describe('nrm.envelope v1', () => {
  it('accepts a minimal envelope and one with every optional field', () => {
    expect(EnvelopeV1.safeParse(valid).success).toBe(true);
    const full = {
      ...valid,
      case: 'case_0123456789abcdefXYZ',
      justification: 'Imminent risk to life (vital interests).',
      area: '70092',
      inReplyTo: '0190f5a2-7c3e-4a10-9b2c-3d4e5f607182',
      process: {
        decisionOutcome: 'granted',
        decisionStage: 'final',
        criteriaCited: ['ind.forced-labour'],
        consultationRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f607183'],
        motivationProvided: true,
      },
    };
    expect(EnvelopeV1.safeParse(full).success).toBe(true);
  });

  it.each([
    ['an unknown top-level field', { ...valid, extra: 1 }],
    ['an upper-case id', { ...valid, id: valid.id.toUpperCase() }],
    ['a UUIDv4 id', { ...valid, id: '0190f5a2-7c3e-4a10-9b2c-3d4e5f607182' }],
    ['no recipient', { ...valid, to: [] }],
    ['a repeated recipient', { ...valid, to: ['rs.cptv', 'rs.cptv'] }],
    ['21 recipients', { ...valid, to: Array.from({ length: 21 }, (_, i) => `rs.a${i}`) }],
    ['a name instead of a pseudonym', { ...valid, subject: 'Jane Doe' }],
    ['an unknown purpose', { ...valid, purpose: 'marketing' }],
    ['a repeated data category', { ...valid, dataCategories: ['health', 'health'] }],
    ['an instant without offset', { ...valid, createdAt: '2027-03-01T10:00:00' }],
    ['an upper-case digest', { ...valid, payloadDigest: `sha256:${'A'.repeat(64)}` }],
    ['a short fingerprint', { ...valid, senderKey: 'ABCDEF' }],
    ['a justification over 2000 characters', { ...valid, justification: 'x'.repeat(2001) }],
    ['version 0', { ...valid, version: 0 }],
    ['an unknown process fact', { ...valid, process: { name: 'x' } }],
  ])('rejects %s', (_, input) => {
    expect(EnvelopeV1.safeParse(input).success).toBe(false);
  });

  it('counts justification length in code points, not UTF-16 units', () => {
    expect(EnvelopeV1.safeParse({ ...valid, justification: '😀'.repeat(2000) }).success).toBe(true);
  });
});
