import { z } from 'zod';
import { InstantV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.service-update` v1 — the provider reports a status change of a service referral. FROZEN. */
export const ServiceUpdateV1 = z.strictObject({
  serviceReferralId: f(UuidV1, 'assistance', 'internal', 'Service referral id', 'Identifikator upućivanja na uslugu', 'Service referral updated.'),
  status: f(z.enum(['requested', 'accepted', 'rejected', 'in-progress', 'completed', 'cancelled']), 'assistance', 'internal', 'Status', 'Status', 'New status (FHIR Task statuses).'),
  at: f(InstantV1, 'assistance', 'internal', 'At', 'Vreme', 'When the status changed.'),
  reason: f(textV1(2000).optional(), 'assistance', 'personal', 'Reason', 'Razlog', 'Why it was rejected or cancelled.'),
});
export type ServiceUpdateV1 = z.infer<typeof ServiceUpdateV1>;
