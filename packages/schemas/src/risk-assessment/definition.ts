import { RiskAssessment } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { RiskAssessmentV1 } from './v1.js';

export const RISK_ASSESSMENT_EXAMPLE: RiskAssessmentV1 = {
  subject: 'sub_9K2M7Q4F8X1B3R5T',
  destination: 'RS',
  assessedBy: 'at.lefoe-ibf',
  assessedAt: '2026-01-28T10:00:00+01:00',
  riskLevel: 'medium',
  riskFactors: ['debt to the recruiter', 'stigma in the home village'],
  returnAdvised: true,
  safeguards: [
    'accommodation on arrival',
    'no contact details to the family until the debt is cleared',
  ],
};

export const RISK_ASSESSMENT: MessageTypeDefinition = {
  type: 'nrm.risk-assessment',
  summary:
    'An assessment of the risks of return or reunification (mandatory before returning a child).',
  versions: { 1: RiskAssessmentV1 },
  upgrades: {},
  examples: { 1: RISK_ASSESSMENT_EXAMPLE },
  domain: structuralMapping(RiskAssessmentV1, RiskAssessment, 'nrm.risk-assessment v1'),
};
