import { z } from 'zod';
import { AgencyIdV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { ServiceReferralIdV1, ServiceReferralStatusV1 } from '../service-referral/v1.js';

/** `nrm.service-update` v1 — the provider reports a status change of a service referral. FROZEN. */
export const ServiceUpdateV1 = z.strictObject({
  serviceReferralId: f(
    ServiceReferralIdV1,
    'assistance',
    'internal',
    'Service referral id',
    'Identifikator upućivanja na uslugu',
    'Service referral updated.',
  ),
  status: f(
    ServiceReferralStatusV1,
    'assistance',
    'internal',
    'Status',
    'Status',
    'New status (FHIR Task statuses).',
  ),
  at: f(InstantV1, 'assistance', 'internal', 'At', 'Vreme', 'When the status changed.'),
  by: f(AgencyIdV1, 'assistance', 'internal', 'By', 'Od strane', 'Agency that changed it.'),
  reason: f(
    textV1(2000).optional(),
    'assistance',
    'personal',
    'Reason',
    'Razlog',
    'Why it was rejected or cancelled.',
  ),
});
export type ServiceUpdateV1 = z.infer<typeof ServiceUpdateV1>;
