import { z } from 'zod';
import { CountryCode } from '../country.js';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';
import { RiskAssessment } from './risk-assessment.js';

/**
 * A request to organise a person's return to their country (assisted voluntary return,
 * coordinated by the competent authority with IOM or a foreign partner). It carries the
 * risk assessment it relies on; for a child also the best-interests determination
 * (rule CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID).
 */
export const ReturnRequest = z.object({
  case: CasePseudonym,
  subject: SubjectPseudonym,
  requestedBy: AgencyId,
  requestedAt: Instant,
  destination: CountryCode,
  /** The person asked to return (voluntary) rather than being returned. */
  voluntary: z.boolean(),
  /** The agency abroad that receives the person (NGO, CSW counterpart, IOM mission). */
  receivingPartner: AgencyId.optional(),
  riskAssessment: RiskAssessment.optional(),
  /** Id of the best-interests determination that chose return, for a child. */
  bestInterestsDeterminationId: z.string().min(1).max(64).optional(),
});
export type ReturnRequest = z.infer<typeof ReturnRequest>;
