import { z } from 'zod';
import { Instant } from '../ids.js';
import { ConsultationRole } from './consultation.js';

/** The outcome the competent authority is considering when it consults. */
export const ContemplatedOutcome = z.enum(['granted', 'refused', 'undecided']);
export type ContemplatedOutcome = z.infer<typeof ContemplatedOutcome>;

/**
 * The competent authority asks an agency for its opinion before deciding (DOMAIN.md
 * "Multi-agency consultation before a negative decision"). The {@link ConsultationEntry}
 * recorded for the decision names the same role; the consulted agency travels in the
 * envelope. An opinion can only be due after it was asked for.
 */
export const ConsultationRequest = z
  .object({
    /** UUID the opinion will name. */
    consultationId: z.uuid(),
    role: ConsultationRole,
    contemplatedOutcome: ContemplatedOutcome,
    /** What the authority asks an opinion on (exploitation narrative: personal data). */
    summary: z.string().refine((s) => {
      const n = [...s].length;
      return n >= 1 && n <= 4000;
    }, 'between 1 and 4000 characters'),
    requestedAt: Instant,
    respondBy: Instant,
  })
  .refine((c) => Date.parse(c.respondBy) > Date.parse(c.requestedAt), {
    message: 'respondBy must be after requestedAt',
    path: ['respondBy'],
  });
export type ConsultationRequest = z.infer<typeof ConsultationRequest>;
