import { z } from 'zod';
import { AgencyId, Instant } from '../ids.js';

/**
 * The agencies to consult before a negative decision (DOMAIN.md "Multi-agency consultation
 * before a negative decision"; seed report p. 16): each must be consulted, or the reason
 * why not recorded.
 */
export const CONSULTATION_ROLES_BEFORE_REFUSAL = [
  'referring-agency',
  'support-provider',
  'competent-csw',
  'police',
] as const;
export const ConsultationRole = z.enum([...CONSULTATION_ROLES_BEFORE_REFUSAL, 'other']);
export type ConsultationRole = z.infer<typeof ConsultationRole>;

export const ConsultationEntry = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('consulted'),
    role: ConsultationRole,
    agency: AgencyId,
    requestedAt: Instant,
    /** The expert opinion or information contributed, if any (NGOs included). */
    opinion: z.string().max(4000).optional(),
  }),
  z.object({
    status: z.literal('not-consulted'),
    role: ConsultationRole,
    agency: AgencyId.optional(),
    /** e.g. "no support provider involved", "police unreachable after three requests". */
    reason: z.string().max(1000),
  }),
]);
export type ConsultationEntry = z.infer<typeof ConsultationEntry>;
