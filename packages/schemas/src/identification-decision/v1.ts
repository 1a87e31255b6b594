import { z } from 'zod';
import { CriterionFindingV1, MotivationV1, OfficialV1 } from '../common/fragments-v1.js';
import { InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.identification-decision` v1 — victim status granted or refused, citing the criteria
 * applied; a refusal carries written motivation naming the right to a review. The message
 * that answers it (a review request) names it through the envelope's `inReplyTo`. FROZEN.
 */
export const IdentificationDecisionV1 = z.strictObject({
  outcome: f(
    z.enum(['granted', 'refused']),
    'process',
    'personal',
    'Outcome',
    'Ishod',
    'Victim status granted or refused.',
  ),
  findings: f(
    z.array(CriterionFindingV1).max(20),
    'exploitation',
    'personal',
    'Findings',
    'Nalazi',
    'Finding on each criterion applied.',
  ),
  motivation: f(
    MotivationV1.optional(),
    'exploitation',
    'personal',
    'Motivation',
    'Obrazloženje',
    'Written reasons; required for a refusal.',
  ),
  stage: f(
    textV1(64),
    'process',
    'internal',
    'Stage',
    'Faza',
    "Stage of the jurisdiction's procedure (e.g. final).",
  ),
  draftedBy: f(
    OfficialV1,
    'process',
    'internal',
    'Drafted by',
    'Nacrt sačinio',
    'Case worker who drafted the decision.',
  ),
  draftedAt: f(
    InstantV1,
    'process',
    'internal',
    'Drafted at',
    'Vreme izrade nacrta',
    'When the draft was made.',
  ),
  approvedBy: f(
    OfficialV1,
    'process',
    'internal',
    'Approved by',
    'Odobrio',
    'Senior official who approved it (four eyes).',
  ),
  issuedAt: f(
    InstantV1,
    'process',
    'internal',
    'Issued at',
    'Vreme donošenja',
    'When the decision was issued.',
  ),
});
export type IdentificationDecisionV1 = z.infer<typeof IdentificationDecisionV1>;
