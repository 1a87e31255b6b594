import { z } from 'zod';
import { RiskLevelV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, InstantV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const RiskFactorV1 = z.strictObject({
  factor: f(
    z.enum(['contact-with-exploiters', 'family-involvement', 'stigma', 'debt', 'health', 'no-livelihood', 'proceedings-pending', 'other']),
    'exploitation',
    'personal',
    'Factor',
    'Faktor',
    'Kind of risk.',
  ),
  level: f(RiskLevelV1, 'exploitation', 'personal', 'Level', 'Nivo', 'How serious this risk is.'),
});

/** `nrm.risk-assessment` v1 — the risk of return, reunification or placement; mandatory before a child's return. FROZEN. */
export const RiskAssessmentV1 = z.strictObject({
  assessmentId: f(UuidV1, 'process', 'internal', 'Assessment id', 'Identifikator procene', 'Id decisions cite.'),
  assessedBy: f(AgencyIdV1, 'process', 'internal', 'Assessed by', 'Procenio', 'Agency that assessed the risk.'),
  assessedAt: f(InstantV1, 'process', 'internal', 'Assessed at', 'Vreme procene', 'When the risk was assessed.'),
  context: f(z.enum(['return', 'family-reunification', 'placement', 'proceedings']), 'process', 'internal', 'Context', 'Kontekst', 'What the assessment is for.'),
  subjectIsChild: f(z.boolean(), 'identity', 'personal', 'Child', 'Dete', 'The person is (presumed) a child.'),
  riskLevel: f(RiskLevelV1, 'exploitation', 'personal', 'Overall risk', 'Ukupni rizik', 'Overall level of risk.'),
  factors: f(z.array(RiskFactorV1).max(20), 'exploitation', 'personal', 'Factors', 'Faktori', 'Risks found.'),
  recommendation: f(textV1(4000), 'exploitation', 'personal', 'Recommendation', 'Preporuka', 'What the assessor recommends.'),
});
export type RiskAssessmentV1 = z.infer<typeof RiskAssessmentV1>;
