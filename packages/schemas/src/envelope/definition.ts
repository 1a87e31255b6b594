import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { EnvelopeV1 } from './v1.js';

const example: EnvelopeV1 = {
  id: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
  type: 'nrm.referral',
  version: 2,
  from: 'rs.police.belgrade-thb',
  to: ['rs.cptv', 'rs.csw.belgrade'],
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  case: 'case_7QK2M9X4B1R8T3W6',
  purpose: 'identification',
  legalBasis: 'legal-obligation',
  consentRefs: [],
  dataCategories: [
    'identity',
    'migration',
    'family',
    'exploitation',
    'location',
    'assistance',
    'process',
  ],
  subjectIsChild: true,
  area: 'RS-00-savski-venac',
  createdAt: '2026-03-02T09:00:00+01:00',
  expiresAt: '2026-04-01T09:00:00+02:00',
  payloadDigest: 'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  senderKey: '3AA5C34371567BD2C4E0E2D1B1E4D04F0A1C2E3B',
};

export const ENVELOPE: MessageTypeDefinition = {
  type: 'nrm.envelope',
  summary:
    'The signed clear-text routing record of every message; the payload travels encrypted beside it.',
  versions: { 1: EnvelopeV1 },
  upgrades: {},
  examples: { 1: example },
};
