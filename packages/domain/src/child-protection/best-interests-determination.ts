import { z } from 'zod';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { DurableSolution } from './durable-solution.js';

export const BID_PARTICIPANT_ROLES = [
  'csw-guardian',
  'competent-authority',
  'doctor',
  'educator',
  'psychologist',
  'interpreter',
  'ngo',
  'legal-representative',
  'parent',
  'other',
] as const;
export const BidParticipantRole = z.enum(BID_PARTICIPANT_ROLES);
export type BidParticipantRole = z.infer<typeof BidParticipantRole>;

/**
 * How the child took part. The child participates (DOMAIN.md "Children"); when the child
 * was not heard the reason is recorded so that it can be reviewed.
 */
export const ChildParticipation = z
  .object({
    heard: z.boolean(),
    manner: z.enum(['in-person', 'with-support-person', 'through-guardian']).optional(),
    /** The child's views, as expressed. */
    views: z.string().min(1).max(4000).optional(),
    /** How much weight the views were given, given age and maturity. */
    weightGiven: z.string().min(1).max(2000).optional(),
    reasonNotHeard: z.string().min(1).max(1000).optional(),
  })
  .refine((p) => !p.heard || (p.manner !== undefined && p.views !== undefined), {
    message: 'when the child was heard, record how and the views expressed',
    path: ['views'],
  })
  .refine((p) => p.heard || p.reasonNotHeard !== undefined, {
    message: 'when the child was not heard, say why',
    path: ['reasonNotHeard'],
  });
export type ChildParticipation = z.infer<typeof ChildParticipation>;

/**
 * A best-interests determination: a multi-disciplinary decision on a durable solution for
 * one child (DOMAIN.md "Children"; participants: CSW guardian, CPTV, doctors, educators).
 * The CSW guardian must take part.
 */
export const BestInterestsDetermination = z
  .object({
    id: z.string().regex(/^[0-9A-Za-z_-]{4,64}$/),
    child: SubjectPseudonym,
    ledBy: AgencyId,
    conductedAt: Instant,
    participants: z
      .array(z.object({ role: BidParticipantRole, agency: AgencyId.optional() }))
      .min(2, 'a best-interests determination is multi-disciplinary')
      .max(30),
    childParticipation: ChildParticipation,
    outcome: z.object({
      durableSolution: DurableSolution,
      reasoning: z.string().min(1).max(8000),
    }),
  })
  .refine((b) => b.participants.some((p) => p.role === 'csw-guardian'), {
    message: 'the CSW guardian takes part in every best-interests determination',
    path: ['participants'],
  });
export type BestInterestsDetermination = z.infer<typeof BestInterestsDetermination>;
