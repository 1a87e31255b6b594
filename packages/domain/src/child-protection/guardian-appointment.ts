import { z } from 'zod';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';

/**
 * A guardian appointed for a child by the CSW as guardianship authority (DOMAIN.md
 * "Children"). A temporary guardian is appointed at once; an unaccompanied child gets a
 * legal guardian. The guardian is referred to by an opaque reference, never a name.
 */
export const GuardianAppointment = z
  .object({
    child: SubjectPseudonym,
    kind: z.enum(['temporary', 'legal']),
    /** The CSW that appointed the guardian (guardianship authority). */
    appointingCsw: AgencyId,
    guardian: z.object({
      /** CSW staff member, professional guardian, or a relative found by family tracing. */
      type: z.enum(['csw-staff', 'professional', 'relative']),
      /** Agency the guardian works for, when not a relative. */
      agency: AgencyId.optional(),
      /** Opaque reference held by the appointing CSW. */
      ref: z.string().regex(/^[0-9A-Za-z_-]{4,64}$/),
    }),
    appointedAt: Instant,
    endedAt: Instant.optional(),
  })
  .refine((a) => a.endedAt === undefined || Date.parse(a.endedAt) > Date.parse(a.appointedAt), {
    message: 'a guardianship ends after it starts',
    path: ['endedAt'],
  });
export type GuardianAppointment = z.infer<typeof GuardianAppointment>;

function activeAt(a: GuardianAppointment, at: number): boolean {
  return Date.parse(a.appointedAt) <= at && (a.endedAt === undefined || at < Date.parse(a.endedAt));
}

/**
 * The child's guardian at instant `at`: a legal guardian takes precedence over a temporary
 * one; among equals the most recent appointment wins. `undefined` when none is in office.
 */
export function currentGuardian(
  appointments: readonly GuardianAppointment[],
  child: string,
  at: string,
): GuardianAppointment | undefined {
  const t = Date.parse(at);
  const rank = (a: GuardianAppointment): number => (a.kind === 'legal' ? 1 : 0);
  return appointments
    .filter((a) => a.child === child && activeAt(a, t))
    .reduce<GuardianAppointment | undefined>((best, a) => {
      if (best === undefined || rank(a) > rank(best)) {
        return a;
      }
      if (rank(a) === rank(best) && Date.parse(a.appointedAt) > Date.parse(best.appointedAt)) {
        return a;
      }
      return best;
    }, undefined);
}
