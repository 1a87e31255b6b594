import { TransnationalReferral } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { RISK_ASSESSMENT_EXAMPLE } from '../risk-assessment/definition.js';
import { TransnationalReferralV1 } from './v1.js';

const example: TransnationalReferralV1 = {
  sender: 'at.lefoe-ibf',
  senderCountry: 'AT',
  recipients: ['rs.cptv'],
  subject: 'sub_9K2M7Q4F8X1B3R5T',
  sentAt: '2026-02-01T10:00:00+01:00',
  foreignIdentification: {
    identifiedBy: 'at.lefoe-ibf',
    identifiedAt: '2026-01-20T10:00:00+01:00',
    identifyingBody: 'ngo',
    basis: ['counselling interviews', 'medical report'],
    criminalCase: 'dismissed',
  },
  evidenceSummary:
    'Recruited through a job advertisement for hotel work; passport withheld; forced to sell sex in Vienna for eight months.',
  requestedServices: ['accommodation', 'psychosocial', 'legal-aid-civil'],
  returnRiskAssessment: RISK_ASSESSMENT_EXAMPLE,
  onwardDisclosureConsents: [
    {
      from: 'rs.cptv',
      to: 'rs.astra',
      purposes: ['assistance'],
      categories: ['identity', 'assistance'],
      givenBy: 'self',
      givenAt: '2026-01-30T10:00:00+01:00',
    },
  ],
};

export const TRANSNATIONAL_REFERRAL: MessageTypeDefinition = {
  type: 'nrm.transnational-referral',
  summary:
    'A foreign partner refers a victim across a border with the foreign identification, evidence and consents.',
  versions: { 1: TransnationalReferralV1 },
  upgrades: {},
  examples: { 1: example },
  domain: structuralMapping(
    TransnationalReferralV1,
    TransnationalReferral,
    'nrm.transnational-referral v1',
  ),
};
