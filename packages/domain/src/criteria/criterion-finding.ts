import { z } from 'zod';

/** What a finding on a criterion rests on. `criminal-case-outcome` alone never suffices for a refusal (SCENARIOS S3). */
export const EVIDENCE_KINDS = [
  'first-responder-report',
  'indicator-observations',
  'interview',
  'field-visit',
  'documents',
  'consultation-opinion',
  'foreign-identification',
  'medical-report',
  'criminal-case-outcome',
] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/**
 * A decision's finding on one published criterion. The id is a plain string here so that an
 * unknown id can be reported by DECISION_CITES_CRITERIA instead of failing parsing silently.
 */
export const CriterionFinding = z.object({
  criterion: z.string().min(1).max(100),
  finding: z.enum(['met', 'not-met', 'not-applicable']),
  reasoning: z.string().min(1).max(4000),
  evidence: z.array(EvidenceKind).min(1).max(EVIDENCE_KINDS.length),
});
export type CriterionFinding = z.infer<typeof CriterionFinding>;
