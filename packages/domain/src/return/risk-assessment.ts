import { z } from 'zod';
import { CountryCode } from '../country.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';

/**
 * An assessment of the risks a person faces on return or family reunification:
 * re-trafficking, reprisals, family involvement in the exploitation. Mandatory before a
 * child is returned (CoE Convention Art. 16.7; rule CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID).
 */
export const RiskAssessment = z.object({
  subject: SubjectPseudonym,
  /** Country the person would go to. */
  destination: CountryCode,
  assessedBy: AgencyId,
  assessedAt: Instant,
  riskLevel: z.enum(['low', 'medium', 'high']),
  /** Risk factors found, e.g. family involved in recruitment, traffickers at large. */
  riskFactors: z.array(z.string().min(1).max(500)).max(30).default([]),
  /** Whether the assessor considers return (or reunification) safe. */
  returnAdvised: z.boolean(),
  /** Safeguards needed on arrival (receiving NGO, guardian, escort). */
  safeguards: z.array(z.string().min(1).max(500)).max(30).default([]),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;
