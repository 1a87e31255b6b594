import { z } from 'zod';

/**
 * Conditions attached to a plan or a service decision. Some are legitimate (house rules of
 * a shelter, informed consent); the cooperation ones never are: assistance is never
 * conditional on cooperation with authorities (DOMAIN.md "What the assessment recommends";
 * rule ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION). They exist in the vocabulary so that a
 * record carrying one can be recognised and refused rather than silently accepted.
 */
export const ASSISTANCE_CONDITIONS = [
  'informed-consent',
  'shelter-house-rules',
  'participation-in-care-plan',
  'cooperation-with-police',
  'cooperation-with-prosecution',
  'testimony-in-proceedings',
] as const;

export const AssistanceCondition = z.enum(ASSISTANCE_CONDITIONS);
export type AssistanceCondition = z.infer<typeof AssistanceCondition>;

/** Conditions that make assistance depend on cooperating with police or prosecution. */
export const COOPERATION_CONDITIONS: readonly AssistanceCondition[] = [
  'cooperation-with-police',
  'cooperation-with-prosecution',
  'testimony-in-proceedings',
];

export function isCooperationCondition(c: AssistanceCondition): boolean {
  return COOPERATION_CONDITIONS.includes(c);
}
