import { z } from 'zod';
import { RiskLevelV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  CountryCodeV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.risk-assessment` v1 — the risks of return or reunification in a destination country;
 * mandatory before a child's return (CoE Convention art. 16.7). Also embedded in
 * transnational referrals, return requests and durable solutions. FROZEN.
 */
export const RiskAssessmentV1 = z.strictObject({
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person assessed.',
  ),
  destination: f(
    CountryCodeV1,
    'location',
    'personal',
    'Destination',
    'Odredište',
    'Country the assessment is about.',
  ),
  assessedBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Assessed by',
    'Procenio',
    'Agency that assessed the risk.',
  ),
  assessedAt: f(
    InstantV1,
    'process',
    'internal',
    'Assessed at',
    'Vreme procene',
    'When the risk was assessed.',
  ),
  riskLevel: f(
    RiskLevelV1,
    'exploitation',
    'personal',
    'Risk level',
    'Nivo rizika',
    'Overall level of risk.',
  ),
  riskFactors: f(
    z.array(textV1(500)).max(30),
    'exploitation',
    'personal',
    'Risk factors',
    'Faktori rizika',
    'Risks found (re-trafficking, reprisals, stigma, debt…).',
  ),
  returnAdvised: f(
    z.boolean(),
    'process',
    'personal',
    'Return advised',
    'Povratak preporučen',
    'Whether return is advised.',
  ),
  safeguards: f(
    z.array(textV1(500)).max(30),
    'assistance',
    'personal',
    'Safeguards',
    'Zaštitne mere',
    'Safeguards needed for a safe return.',
  ),
});
export type RiskAssessmentV1 = z.infer<typeof RiskAssessmentV1>;
