import { z } from 'zod';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';

/**
 * Placing siblings apart is a decision in its own right, with reasons and contact
 * arrangements (scenario S1: "the brothers' separation is recorded as a decision with
 * reasons"), never a side effect of two separate placements.
 */
export const SiblingSeparationDecision = z
  .object({
    siblings: z.array(SubjectPseudonym).min(2).max(12),
    decidedBy: AgencyId,
    decidedAt: Instant,
    reasons: z
      .array(z.string().min(1).max(2000))
      .min(1, 'a separation of siblings states its reasons')
      .max(20),
    /** The best-interests determinations the decision rests on. */
    bestInterestsDeterminationIds: z.array(z.string().min(4).max(64)).min(1).max(12),
    /** How the siblings stay in touch (visits, calls), unless contact is against their interests. */
    contactArrangements: z.string().min(1).max(2000).optional(),
    noContactReason: z.string().min(1).max(2000).optional(),
  })
  .refine((d) => new Set(d.siblings).size === d.siblings.length, {
    message: 'each sibling is listed once',
    path: ['siblings'],
  })
  .refine((d) => d.contactArrangements !== undefined || d.noContactReason !== undefined, {
    message: 'record the contact arrangements, or why there is to be no contact',
    path: ['contactArrangements'],
  });
export type SiblingSeparationDecision = z.infer<typeof SiblingSeparationDecision>;
