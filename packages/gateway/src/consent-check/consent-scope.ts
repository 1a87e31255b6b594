import {
  AgencyId,
  AgencyKind,
  ConsentGiver,
  DataCategory,
  Instant,
  Purpose,
  SubjectPseudonym,
} from '@nrm/domain';
import { z } from 'zod';

/**
 * The scope of a consent, sent in clear with an `nrm.consent-record` message and signed by
 * the controller (ADR 0003). It is what the gateway enforces; the evidence — the signed form —
 * stays in the encrypted payload.
 */
export const ConsentScope = z.strictObject({
  id: z.uuid(),
  subject: SubjectPseudonym,
  controller: AgencyId,
  givenBy: ConsentGiver,
  recipients: z
    .array(z.union([z.strictObject({ agency: AgencyId }), z.strictObject({ kind: AgencyKind })]))
    .min(1)
    .max(50),
  purposes: z.array(Purpose).min(1),
  dataCategories: z.array(DataCategory).min(1),
  validFrom: Instant,
  validUntil: Instant.optional(),
  language: z.string().min(2).max(16),
  formVersion: z.string().min(1).max(64),
});
export type ConsentScope = z.infer<typeof ConsentScope>;

/** A consent as the gateway holds it: scope plus withdrawal, if any. */
export interface HeldConsent {
  scope: ConsentScope;
  withdrawnAt: string | null;
}
