import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { RiskAssessmentV1 } from './v1.js';

const example: RiskAssessmentV1 = {
  assessmentId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600041',
  assessedBy: 'at.lefoe-ibf',
  assessedAt: '2026-01-28T10:00:00+01:00',
  context: 'return',
  subjectIsChild: false,
  riskLevel: 'medium',
  factors: [
    { factor: 'debt', level: 'high' },
    { factor: 'stigma', level: 'medium' },
  ],
  recommendation: 'Return with accommodation and an employment programme; no contact details to the family until debt is cleared.',
};

export const RISK_ASSESSMENT: MessageTypeDefinition = {
  type: 'nrm.risk-assessment',
  summary: 'An assessment of the risks of return, reunification or placement (mandatory before returning a child).',
  versions: { 1: RiskAssessmentV1 },
  upgrades: {},
  examples: { 1: example },
};
