import { z } from 'zod';
import {
  AgencyIdV1,
  CasePseudonymV1,
  CountryCodeV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { RiskAssessmentV1 } from '../risk-assessment/v1.js';

/**
 * `nrm.return-request` v1 — assisted, voluntary and safe return; a child's return needs a
 * risk assessment and a best-interests determination. FROZEN.
 */
export const ReturnRequestV1 = z.strictObject({
  case: f(CasePseudonymV1, 'process', 'internal', 'Case', 'Slučaj', 'Pseudonym of the case.'),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  requestedBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Requested by',
    'Podnosilac',
    'Agency requesting the return.',
  ),
  requestedAt: f(
    InstantV1,
    'process',
    'internal',
    'Requested at',
    'Vreme zahteva',
    'When the return was requested.',
  ),
  destination: f(
    CountryCodeV1,
    'migration',
    'personal',
    'Destination',
    'Odredište',
    'Country of return.',
  ),
  voluntary: f(
    z.boolean(),
    'migration',
    'personal',
    'Voluntary',
    'Dobrovoljno',
    'The person asked to return.',
  ),
  receivingPartner: f(
    AgencyIdV1.optional(),
    'process',
    'internal',
    'Receiving partner',
    'Partner koji prihvata',
    'Partner receiving the person.',
  ),
  riskAssessment: f(
    RiskAssessmentV1.optional(),
    'exploitation',
    'personal',
    'Risk assessment',
    'Procena rizika',
    'Risk assessment relied on; mandatory for a child.',
  ),
  bestInterestsDeterminationId: f(
    textV1(64).optional(),
    'process',
    'internal',
    'Best interests determination',
    'Procena najboljeg interesa',
    "Id of the child's best interests determination.",
  ),
});
export type ReturnRequestV1 = z.infer<typeof ReturnRequestV1>;
