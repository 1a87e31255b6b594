import { z } from 'zod';
import { CountryCode } from '../country.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';

/**
 * A state decision that the person must leave (`removal`) or may leave with assistance
 * (`assisted-voluntary-return`, at the person's own request). No removal may be decided
 * during the recovery/reflection period (rule RECOVERY_PERIOD).
 */
export const ReturnDecision = z.object({
  subject: SubjectPseudonym,
  kind: z.enum(['removal', 'assisted-voluntary-return']),
  decidedBy: AgencyId,
  decidedAt: Instant,
  destination: CountryCode,
});
export type ReturnDecision = z.infer<typeof ReturnDecision>;
