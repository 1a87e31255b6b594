import { z } from 'zod';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { PeriodExtension } from './period-extension.js';

/**
 * The two grounds for a temporary residence permit for an identified foreign victim
 * (DOMAIN.md "Rights, periods and deadlines"; CoE Convention Art. 14): (a) needed for the
 * person's protection, recovery and safety, or (b) the authorities need their presence in
 * proceedings.
 */
export const ResidencePermitGround = z.enum([
  'protection-recovery-safety',
  'presence-needed-in-proceedings',
]);
export type ResidencePermitGround = z.infer<typeof ResidencePermitGround>;

/**
 * A temporary residence permit. Validity comes from the profile plus extensions
 * (`permitEndsAt`). The permit gives access to the labour market, training and education.
 */
export const TemporaryResidencePermit = z
  .object({
    subject: SubjectPseudonym,
    grantedBy: AgencyId,
    validFrom: Instant,
    ground: ResidencePermitGround,
    /** Court, prosecutor or police that asked for the person's presence (ground b). */
    presenceRequestedBy: AgencyId.optional(),
    extensions: z.array(PeriodExtension).max(20).default([]),
    access: z
      .object({
        labourMarket: z.boolean(),
        vocationalTraining: z.boolean(),
        education: z.boolean(),
      })
      .default({ labourMarket: true, vocationalTraining: true, education: true }),
  })
  .refine(
    (p) => p.ground !== 'presence-needed-in-proceedings' || p.presenceRequestedBy !== undefined,
    {
      message: 'a permit for presence in proceedings names the authority that needs the person',
      path: ['presenceRequestedBy'],
    },
  );
export type TemporaryResidencePermit = z.infer<typeof TemporaryResidencePermit>;
