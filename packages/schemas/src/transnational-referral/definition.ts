import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { TransnationalReferralV1 } from './v1.js';

const example: TransnationalReferralV1 = {
  referralId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600040',
  sendingCountry: 'AT',
  receivingCountry: 'RS',
  foreignIdentification: {
    identifiedBy: 'at.lefoe-ibf',
    identifiedOn: '2026-01-20',
    byNgo: true,
    criminalCase: 'dismissed',
  },
  exploitationForms: ['sexual'],
  evidence: ['interview', 'foreign-identification'],
  evidenceSummary: 'Recruited through a job advertisement for hotel work; passport withheld; forced to sell sex in Vienna for eight months.',
  requestedServices: ['accommodation', 'psychosocial', 'legal-aid-civil'],
  riskAssessmentId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600041',
  onwardConsentRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f600042'],
  sentAt: '2026-02-01T10:00:00+01:00',
};

export const TRANSNATIONAL_REFERRAL: MessageTypeDefinition = {
  type: 'nrm.transnational-referral',
  summary: 'A foreign partner refers a victim across a border with the foreign identification, evidence and consents.',
  versions: { 1: TransnationalReferralV1 },
  upgrades: {},
  examples: { 1: example },
};
