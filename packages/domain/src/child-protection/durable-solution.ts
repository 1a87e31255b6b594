import { z } from 'zod';
import { CountryCode } from '../country.js';
import { RiskAssessment } from '../return/risk-assessment.js';

/**
 * The durable solution chosen for a child (DOMAIN.md "Children"). Family reunification and
 * return carry the risk assessment they rely on, so neither can be recorded without one
 * (reunification "only after a risk assessment in the child's best interests").
 */
export const DurableSolution = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local-integration') }),
  z.object({
    kind: z.literal('family-reunification'),
    country: CountryCode,
    riskAssessment: RiskAssessment,
  }),
  z.object({
    kind: z.literal('third-country-resettlement'),
    country: CountryCode,
    /** Organisation arranging resettlement (UNHCR in S6). */
    arrangedBy: z.enum(['unhcr', 'iom', 'state']),
  }),
  z.object({ kind: z.literal('return'), country: CountryCode, riskAssessment: RiskAssessment }),
]);
export type DurableSolution = z.infer<typeof DurableSolution>;

/** The kinds of durable solution, for records that name a solution without its details. */
export const DURABLE_SOLUTION_KINDS = [
  'local-integration',
  'family-reunification',
  'third-country-resettlement',
  'return',
] as const;
export const DurableSolutionKind = z.enum(DURABLE_SOLUTION_KINDS);
export type DurableSolutionKind = z.infer<typeof DurableSolutionKind>;
